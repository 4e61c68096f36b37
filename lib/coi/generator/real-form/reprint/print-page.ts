import { PDFDocument, PDFPage } from "pdf-lib";
import type { CertificateDescription } from "../../description";
import { blankBytes, type Edition } from "../blanks";
import { slots2025 } from "../edition-2025/locate";
import { pageWords, wordBoxes } from "../edition-2025/page-words";
import { formValues } from "../form-values";
import { composePage } from "../page/compose";
import { frameFor, type Geometry } from "../page/geometry";
import { stripForm } from "../page/strip-form";
import type { DocFonts } from "../print/fonts";
import { renderMarks } from "../print/render";
import type { FormSlots } from "../types";
import { widgetSlots } from "../widgets";
import { fitItems } from "./fit";
import { planItems } from "./items";
import { placeItems } from "./place";
import type { ReprintStyle } from "./style";
import { addTraps, type Trap, type TrapKind } from "./traps";
import { applyWordLimits } from "./word-limits";

// One certificate printed onto a page of `doc`, the way agency systems print onto the form: the blank's own drawing
// with its fields removed, and the values written as new page text in the style's font, size, offsets and cuts.
// The description is not changed; the one returned is what the page shows (limits printed as words are null), from
// which expectedParsed gives the truth.

export type PagePrint = { edition: Edition; style: ReprintStyle; geometry: Geometry; traps?: TrapKind[] };
export type PrintedPage = { page: PDFPage; desc: CertificateDescription; traps: Trap[] };

let slots2016: Promise<FormSlots> | undefined;

export async function formSlots(edition: Edition): Promise<FormSlots> {
  if (edition === "2025/12") return slots2025(await blankBytes(edition));
  slots2016 ??= blankBytes(edition).then(async (b) => widgetSlots(await PDFDocument.load(b), wordBoxes(await pageWords(b))));
  return slots2016;
}

/** A copy of the blank's page, without its form, appended to `doc`. */
export async function addBlankPage(doc: PDFDocument, edition: Edition): Promise<PDFPage> {
  const blank = await PDFDocument.load(await blankBytes(edition), { updateMetadata: false });
  stripForm(blank);
  const [page] = await doc.copyPages(blank, [0]);
  return doc.addPage(page);
}

export async function printCertificatePage(doc: PDFDocument, fonts: DocFonts, source: CertificateDescription, print: PagePrint, rng: () => number): Promise<PrintedPage> {
  const desc = structuredClone(source);
  const form = await formSlots(print.edition);
  const page = await addBlankPage(doc, print.edition);
  const words = applyWordLimits(desc, rng, print.style.wordLimits);
  const items = planItems(formValues(desc), words, form, print.style, rng);
  const fitted = fitItems(items, fonts, form, print.style);
  let placed = placeItems(fitted, fonts, print.style, rng);
  let traps: Trap[] = [];
  if (print.traps?.length) ({ placed, traps } = addTraps(placed, print.traps, form, fonts, rng));
  const frame = frameFor(print.geometry, form.pageSize);
  composePage(page, frame, (m) => renderMarks(placed.flatMap((p) => p.marks), page, fonts, m, rng));
  return { page, desc, traps };
}
