import { PDFDocument, StandardFonts } from "pdf-lib";
import { signaturePng } from "../../generator/print";

// Test layouts for the label-value reader, drawn as real PDFs so they go through pdfjs and readCertificate as
// any upload does. A layout is a list of lines, top to bottom; each line is cells at an x, a number is extra space.

export type Cell = [x: number, text: string] | [x: number, text: string, size: number];
export type Layout = (Cell[] | number)[];
export type LayoutOptions = { size?: number; step?: number; top?: number; signatureImage?: { x: number; y: number } };

export async function layoutPdf(lines: Layout, options: LayoutOptions = {}): Promise<Uint8Array> {
  const { size = 9, step = 13, top = 750 } = options;
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let y = top;
  for (const line of lines) {
    if (typeof line === "number") {
      y -= line;
      continue;
    }
    for (const [x, text, own] of line) page.drawText(text, { x, y, size: own ?? size, font });
    y -= step;
  }
  if (options.signatureImage) {
    const png = await doc.embedPng(signaturePng());
    page.drawImage(png, { ...options.signatureImage, width: 90, height: 22 });
  }
  return doc.save({ useObjectStreams: false });
}

/** The y at which line `index` of a layout is drawn (numbers before it count as the space they add). */
export function lineY(lines: Layout, index: number, options: LayoutOptions = {}): number {
  const { step = 13, top = 750 } = options;
  let y = top;
  for (const line of lines.slice(0, index)) y -= typeof line === "number" ? line : step;
  return y;
}
