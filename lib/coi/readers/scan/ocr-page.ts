import { estimateSkew, rotate } from "../../ocr/deskew";
import { recognizeWords } from "../../ocr/tesseract";
import type { PdfPage } from "../../pdf/pdf-pages";
import { renderPage, toGrey, toPgm, type Grey } from "../../pdf/render-page";
import type { ItemWithConfidence } from "../../pdf/text-runs";

// A scanned page read by OCR into the positioned text the layout readers take: the same shape as pdfjs's page
// text (PDF points, origin bottom-left, y at the baseline), with tesseract's word confidence attached.

/** 300 dpi is what OCR engines are tuned for; the form's 5–7 pt print is too small for tesseract at 200. */
export const OCR_DPI = 300;

export type OcrPage = { items: ItemWithConfidence[]; grey: Grey; dpi: number };

/** A printed form is a few percent ink; a page far darker is noise, a photo or a scan too dark to read, and OCR of
 * speckles can take tesseract longer than the job has. */
const MAX_INK = 0.2;

export const inkOf = (grey: Grey) => {
  let dark = 0;
  for (let i = 0; i < grey.data.length; i += 7) if (grey.data[i] < 128) dark++;
  return (dark * 7) / grey.data.length;
};

/** Null when the page is too dark to be print. */
export async function ocrPage(page: PdfPage): Promise<OcrPage | null> {
  const rendered = await renderPage(page.proxy, OCR_DPI);
  let grey = toGrey(rendered.canvas);
  if (inkOf(grey) > MAX_INK) return null;
  const skew = estimateSkew(grey);
  // Turned upright first, so OCR's boxes line up with the form and with the pixels the check boxes are read from.
  if (skew !== 0) grey = toGrey(rotate(rendered.canvas, skew));
  const words = await recognizeWords(toPgm(grey), OCR_DPI);
  const k = 72 / OCR_DPI;
  const round = (n: number) => Math.round(n * 100) / 100;
  const items = words.map((w): ItemWithConfidence => ({
    text: w.text,
    confidence: w.confidence,
    source: {
      page: page.number,
      box: [round(w.x0 * k), round(page.height - w.baseline * k), round((w.x1 - w.x0) * k), round((w.baseline - w.top) * k)],
      page_size: [round(page.width), round(page.height)],
    },
  }));
  return { items, grey, dpi: OCR_DPI };
}
