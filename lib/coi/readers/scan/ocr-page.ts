import { recognizeWords } from "../../ocr/tesseract";
import type { Grey } from "../../pdf/render-page";
import { toPgm } from "../../pdf/render-page";
import type { ItemWithConfidence } from "../../pdf/text-runs";
import type { Upright } from "./straighten";

// A whole scanned page read by OCR into the positioned text the layout readers take: the same shape as pdf.js's
// page text (points, origin bottom-left, y at the baseline), with tesseract's word confidence attached. For pages
// that are not an ACORD 25 placed by its rules (a carrier's own layout): the form's cells are read on their own.

/** A printed form is a few percent ink; a page far darker is noise, a photo or a scan too dark to read, and OCR of
 * speckles can take tesseract longer than the job has. */
export const MAX_INK = 0.2;

export const inkOf = (grey: Grey) => {
  let dark = 0;
  for (let i = 0; i < grey.data.length; i += 7) if (grey.data[i] < 128) dark++;
  return (dark * 7) / grey.data.length;
};

export async function ocrPage(page: Upright): Promise<ItemWithConfidence[]> {
  const words = await recognizeWords(toPgm(page.grey), page.dpi);
  const k = 72 / page.dpi;
  const round = (n: number) => Math.round(n * 100) / 100;
  return words.map((w): ItemWithConfidence => ({
    text: w.text,
    confidence: w.confidence,
    source: {
      page: page.page,
      box: [round(w.x0 * k), round(page.height - w.baseline * k), round((w.x1 - w.x0) * k), round((w.baseline - w.top) * k)],
      page_size: [round(page.width), round(page.height)],
    },
  }));
}
