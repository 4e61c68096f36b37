import type { FieldSource, ReadResult } from "../../parsed-certificate";
import { uprightFrame } from "../../pdf/frame";
import { inkShare } from "../../ocr/grey";
import type { Box } from "../../pdf/matrix";
import { mergeRuns, type Run } from "../../pdf/text-runs";
import { indexWords, type Anchor } from "../form/anchors";
import { editionOfFooter } from "../form/editions";
import { readLocatedForm } from "../form";
import type { Located } from "../form/locate";
import type { Reference } from "../form/reference";
import { readCellLines } from "./cell-lines";
import { withoutRules } from "./erase-rules";
import { MARK_CELL, readMarks } from "./marks";
import { applyOcrConfidence } from "./ocr-confidence";
import type { Upright } from "./straighten";
import type { RuleFit } from "./rule-fit";

// A scanned ACORD 25 whose ruling lines placed it on an edition's reference: only its cells are read by OCR (see
// cell-lines.ts), its check boxes and one-letter boxes by their pixels (marks.ts), its signature by the ink in its
// box; then the same form reader as printed text gives the values. Every source is taken back to the page as
// displayed (before levelling and quarter turns), where the dashboard outlines it.

const SIGNATURE = "Producer_AuthorizedRepresentative_Signature_A";
/** A signature is a stroke or two: this share of the box, beyond its caption, is ink. */
const SIGNED = 0.004;

/**
 * `second`: page 2's text (a scanned ACORD 101 continuing the remarks is OCR'd whole). It is started at once, so
 * that its OCR runs on one worker while page 1's cells go through the other.
 */
export async function readFormScan(page: Upright, fit: RuleFit, second: () => Promise<Run[] | undefined> = async () => undefined): Promise<ReadResult | null> {
  const { ref, map } = fit;
  const pageTwo = second();
  pageTwo.catch(() => undefined);
  const { clean, ruled } = withoutRules(page, fit);
  const signature = ref.slots.find((s) => s.name === SIGNATURE)?.cell;
  const cells = [...textCells(ref), footerBand(ref)].map((box) => ({ box, contained: box === signature, words: wordCell(ref, box), amount: amountCell(ref, box) }));
  const walls = ref.rules.vertical.map((r) => ({ x0: r.at, x1: r.at, y0: r.from, y1: r.to }));
  const items = await readCellLines(page, map, { clean, ruled, cells, captions: ref.labels.map((l) => l.box), walls });
  const frame = uprightFrame(page.width, page.height);
  const located = (runs: ReturnType<typeof mergeRuns>): Located => {
    const words = indexWords(runs);
    const footerRun = runs.find((r) => editionOfFooter(r.text) !== null) ?? null;
    return {
      ref, map, words, frame, displaced: [], footerRun, footer: footerRun ? editionOfFooter(footerRun.text) : null,
      anchors: placedCaptions(fit),
    };
  };
  const marked = await readMarks(located(mergeRuns(items)), items, page, clean);
  const runs = mergeRuns(marked);
  const result = await readLocatedForm(located(runs), {
    first: { runs, frame, images: [], shapes: signatureInk(page, fit) },
    second: () => pageTwo,
    hasFormFields: async () => false,
    shape: "scan",
    adjust: applyOcrConfidence,
  });
  if (!result) return null;
  for (const [path, source] of Object.entries(result.sources)) result.sources[path] = onOriginal(page, source);
  return result;
}

/**
 * The form's captions where the rule fit puts them. Their ink is painted out before OCR (a caption beside a value
 * would be read as one line with it), so they are not found among the words: the rules, found where this edition
 * draws them, vouch for the captions printed between them ("EACH OCCURRENCE" beside its amount).
 */
function placedCaptions(fit: RuleFit): Anchor[] {
  return fit.ref.labels.map((label) => {
    const [x0, y0] = fit.map.toPage([label.box.x0, label.box.y0]);
    const [x1, y1] = fit.map.toPage([label.box.x1, label.box.y1]);
    return { label, span: { words: [], box: { x0, y0, x1, y1 }, key: label.key } };
  });
}

/** Names, addresses and remarks: where accented letters are printed (Peñasco, José, Québec). */
const WORDS = /^(Producer_FullName|Producer_MailingAddress_(LineOne|LineTwo|CityName)|Producer_ContactPerson_FullName|NamedInsured_FullName|NamedInsured_MailingAddress_(LineOne|LineTwo|CityName)|Insurer_FullName|CertificateHolder_FullName|CertificateHolder_MailingAddress_(LineOne|LineTwo|CityName)|CertificateOfLiabilityInsurance_ACORDForm_RemarkText|Producer_AuthorizedRepresentative_Signature)_/;

const sameBox = (a: Box, b: Box) => a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
const wordCell = (ref: Reference, cell: Box) => ref.slots.some((s) => sameBox(s.cell, cell) && WORDS.test(s.name));
/** The limits' cells: read from the clean page only (a rule kept beside "1,000,000" can be read as a digit). */
const amountCell = (ref: Reference, cell: Box) => ref.slots.some((s) => sameBox(s.cell, cell) && /Amount_/.test(s.name));

/** The ruled cells holding the form's text boxes, once each (a typed signature names the representative); boxes read by their pixels are not. */
export function textCells(ref: Reference): Box[] {
  const seen = new Set<string>();
  const out: Box[] = [];
  for (const slot of ref.slots) {
    if (slot.kind !== "text" || MARK_CELL.test(slot.name)) continue;
    const key = [slot.cell.x0, slot.cell.y0, slot.cell.x1, slot.cell.y1].join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(slot.cell);
  }
  return out;
}

/** Under the form's frame, on the left: where the footer names the edition ("ACORD 25 (2016/03)"). */
export function footerBand(ref: Reference): Box {
  const bottom = Math.min(...ref.rules.horizontal.map((r) => r.at));
  return { x0: 8, y0: Math.max(4, bottom - 30), x1: 0.45 * ref.page[0], y1: bottom - 0.5 };
}

/**
 * The signature box's ink, outside its caption: a box for the form reader's drawn-signature check. A scan's
 * signature is a pen stroke or a stamp, which OCR would read as noise.
 */
function signatureInk(page: Upright, fit: RuleFit): Box[] {
  const slot = fit.ref.slots.find((s) => s.name === SIGNATURE);
  if (!slot) return [];
  const captions = fit.ref.labels.filter((l) => l.box.y0 >= slot.cell.y0 && l.box.y1 <= slot.cell.y1 && l.box.x0 >= slot.cell.x0 - 1 && l.box.x1 <= slot.cell.x1 + 1);
  const top = Math.min(slot.cell.y1, ...captions.map((l) => l.box.y0)) - 0.5;
  const inner = { x0: slot.cell.x0 + 2, y0: slot.cell.y0 + 1.5, x1: slot.cell.x1 - 2, y1: top };
  if (inner.y1 - inner.y0 < 4) return [];
  const [x0, y0] = fit.map.toPage([inner.x0, inner.y0]);
  const [x1, y1] = fit.map.toPage([inner.x1, inner.y1]);
  const k = page.dpi / 72;
  const px = { x0: x0 * k, x1: x1 * k, y0: (page.height - y1) * k, y1: (page.height - y0) * k };
  return inkShare(page.grey, px, 128) >= SIGNED ? [{ x0, y0, x1, y1 }] : [];
}

function onOriginal(page: Upright, s: FieldSource): FieldSource {
  if (page.skew === 0 && page.quarters === 0) return s;
  const [x, y, w, h] = s.box;
  const b = page.toOriginal({ x0: x, y0: y, x1: x + w, y1: y + h });
  const round = (n: number) => Math.round(n * 100) / 100;
  const size: [number, number] = page.quarters % 2 ? [page.height, page.width] : [page.width, page.height];
  return { ...s, box: [round(b.x0), round(b.y0), round(b.x1 - b.x0), round(b.y1 - b.y0)], page_size: [round(size[0]), round(size[1])] };
}
