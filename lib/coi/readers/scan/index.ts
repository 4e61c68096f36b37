import { CertificateReadError } from "../../errors";
import type { PdfPages } from "../../pdf/pdf-pages";
import type { ItemWithConfidence } from "../../pdf/text-runs";
import type { ReadResult } from "../../parsed-certificate";
import { looksLikeCertificate } from "../../acord25/markers";
import { uprightFrame } from "../../pdf/frame";
import { mergeRuns, type Run } from "../../pdf/text-runs";
import { runsOfPage } from "../../pdf/glyph-runs";
import { readLocatedForm, type FormInput, type FormPage } from "../form";
import { locateForm } from "../form/locate";
import { readLabelLayout } from "../label-value";
import { applyOcrConfidence } from "./ocr-confidence";
import { OcrTimeoutError } from "../../ocr/tesseract";
import { readFormScan } from "./form-scan";
import { readMarks } from "./marks";
import { inkOf, MAX_INK, ocrPage } from "./ocr-page";
import { pageImage } from "./page-image";
import { straighten, type Upright } from "./straighten";

// Scanned certificates: pages that are one big image and (next to) no text. OCR gives positioned words, which go to
// the same layout readers as printed text: the ACORD 25 grid first, then carriers' own layouts.

/** A scanner's footer or a stamp may add a few characters of text; a certificate printed as text has hundreds. */
const MAX_TEXT_CHARS = 40;
/** OCR of noise still finds a few "words"; a certificate has hundreds. */
const MIN_WORDS = 40;

/** Outlined print ("Microsoft Print to PDF") draws each glyph as a filled path: thousands of them on a certificate. */
const OUTLINED_PATHS = 150;
/** Glyphs drawn without characters behind them (a Type 3 or subset font with no Unicode map): a page of them. */
const UNMAPPED_GLYPHS = 100;
/** Words any certificate's text has; a text layer of hundreds of characters with none of them is not readable. */
const COMMON_WORDS = /\b(THE|OF|AND|INSURANCE|INSURER|POLICY|CERTIFICATE|LIABILITY|INSURED|COVERAGE|HOLDER|DATE|LIMIT|EACH|NAME|ADDRESS|GENERAL|INC|LLC|COMPANY)\b/gi;

/**
 * Why page 1 must be read by OCR, or null when its text layer is what a person reads: nothing a person can read as
 * text but a page image or text drawn as outlines (text a person cannot see, such as a scanner's invisible OCR
 * layer, does not count); a text layer whose characters spell nothing (a font with a broken encoding); or text
 * over a page-sized image (a form drawn as a picture, values typed over it) that the text readers could not place.
 * The readers before this one have already failed on the text layer.
 */
async function ocrReason(pdf: PdfPages): Promise<"scan" | "outlines" | "unreadable-text" | "image-behind-text" | null> {
  let chars = 0;
  for (const page of pdf.pages) for (const g of (await pdf.content(page)).glyphs) if (!g.hidden && !g.isSpace) chars += g.text.length;
  const image = await isImagePage(pdf, 1);
  if (chars <= MAX_TEXT_CHARS) {
    if (image) return "scan";
    const first = await pdf.content(pdf.pages[0]);
    if (first.outlinePaths >= OUTLINED_PATHS) return "outlines";
    return first.unmapped >= UNMAPPED_GLYPHS ? "unreadable-text" : null;
  }
  const text = (await pdf.visibleText(pdf.pages[0])).map((i) => i.text).join(" ");
  if (text.length >= 300 && (text.match(COMMON_WORDS)?.length ?? 0) < 3) return "unreadable-text";
  return image ? "image-behind-text" : null;
}

export async function readScan(pdf: PdfPages): Promise<ReadResult | null> {
  const reason = await ocrReason(pdf);
  if (!reason) return null;
  // Text that is drawn needs a document opened for drawing; a page that is one image does not.
  const drawn = reason === "scan" ? pdf : await pdf.forDrawing();
  const first = await uprightPage(drawn, 1);
  if (!first) throw unreadable();
  // The form found by its rules: OCR of its cells only. Else (a carrier's own layout, a form too faint to place)
  // the whole page is read, and the readers of printed text look for the form by its labels or read label-value.
  const form = first.fit ? await readFormScan(first, first.fit, () => secondPageRuns(pdf, drawn)) : null;
  if (form) return form;
  const pages: ItemWithConfidence[][] = [];
  for (const page of drawn.pages) {
    // Page 2 may be no scan at all (a typed remarks page); pages past 2 are other documents.
    if (page.number > 2 || (page.number > 1 && !(await isImagePage(pdf, page.number)))) continue;
    const upright = page.number === 1 ? first : await uprightPage(drawn, page.number);
    const ocr = upright ? await ocrPage(upright).catch(timeoutAsNull) : null;
    if (!ocr) {
      if (page.number === 1) throw unreadable();
      continue;
    }
    pages.push(ocr);
  }
  const words = pages.flat().filter((w) => (w.confidence ?? 0) >= 0.5);
  if (words.length < MIN_WORDS) throw unreadable();
  const runs = mergeRuns(pages[0]);
  const frame = uprightFrame(first.width, first.height);
  const loc = locateForm(runs, frame);
  const result =
    (loc ? await readLocatedForm(loc, { ...formInput(frame), first: { runs: mergeRuns(await readMarks(loc, pages[0], first, first.grey)), frame, images: [], shapes: [] } }) : null) ??
    readLabelLayout(pages, "scan", applyOcrConfidence);
  if (result) return result;
  // Only a page OCR read plenty of, with nothing of a certificate in it, is called no certificate: a real one read
  // badly (a poor scan, an odd outline font) must not be turned away as something else.
  const text = words.map((w) => w.text).join(" ");
  if (words.length >= 150 && !looksLikeCertificate(text) && !/insur|polic|certificat|coverage|liabilit/i.test(text)) {
    throw new CertificateReadError(
      "not_a_certificate",
      "The PDF is a scanned image; its text was read by OCR, but none of it looks like a certificate of insurance. " +
        "Upload the certificate of insurance itself.",
    );
  }
  throw unreadable();
}

const formInput = (frame: FormPage["frame"]): FormInput => ({
  first: { runs: [], frame, images: [], shapes: [] },
  second: async () => undefined,
  hasFormFields: async () => false,
  shape: "scan",
  adjust: applyOcrConfidence,
});

/** A remarks schedule's 8–10 pt print reads as well at 200 dpi as at 300, in half the time. */
const REMARKS_DPI = 200;

/**
 * Page 2's text for the form reader (an ACORD 101 continuing the remarks): its text layer when it has one (a typed
 * schedule behind a scanned certificate), else its scan OCR'd whole; words OCR was not sure of are left out.
 */
async function secondPageRuns(pdf: PdfPages, drawn: PdfPages): Promise<Run[] | undefined> {
  if (pdf.pages.length < 2) return undefined;
  if (!(await isImagePage(pdf, 2))) return runsOfPage(await pdf.content(pdf.pages[1]), 2).runs;
  const upright = await uprightPage(drawn, 2, REMARKS_DPI);
  const ocr = upright ? await ocrPage(upright).catch(timeoutAsNull) : null;
  return ocr ? mergeRuns(ocr.filter((w) => (w.confidence ?? 0) >= 0.5)) : undefined;
}

/** The page drawn, levelled and turned upright; null when it is too dark to be print. */
async function uprightPage(pdf: PdfPages, number: number, maxDpi?: number): Promise<Upright | null> {
  const page = pdf.pages[number - 1];
  const image = await pageImage(page, await pdf.content(page), maxDpi);
  if (inkOf(image.grey) > MAX_INK) return null;
  return straighten(image);
}

function timeoutAsNull(error: unknown): null {
  if (error instanceof OcrTimeoutError) return null;
  throw error;
}

/** One image covers most of the page: a scanner's output. */
async function isImagePage(pdf: PdfPages, number: number): Promise<boolean> {
  const page = pdf.pages[number - 1];
  const area = page.width * page.height;
  return (await pdf.content(page)).images.some((i) => (i.x1 - i.x0) * (i.y1 - i.y0) > 0.5 * area);
}

function unreadable(): CertificateReadError {
  return new CertificateReadError(
    "unreadable_certificate",
    "The PDF is a scanned image and its text could not be read reliably (OCR found too little legible text or no " +
      "certificate layout). Upload a clearer scan (straight, 300 dpi, not blurred) or the certificate as issued " +
      "by the agency (a PDF with selectable text).",
  );
}
