import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, PDFRef } from "pdf-lib";
import { Util } from "pdfjs-dist/legacy/build/pdf.mjs";
import { openPdf } from "../../pdf/open-pdf";
import { realBlanksMissing } from "./blanks";

// For the real-form tests: whether they can run here (the blanks are test data outside the repository), and the
// text a PDF page shows, read back with pdfjs the way any reader would, with positions as a person sees the page
// (top-left origin, after /Rotate and the crop box).

export const BLANKS_MISSING = realBlanksMissing();
if (BLANKS_MISSING) console.log(`real-form generator tests ${BLANKS_MISSING}`);

export type SeenText = { str: string; x: number; y: number; size: number; upright: boolean };

export async function seenText(bytes: Uint8Array, pageNumber = 1): Promise<{ items: SeenText[]; width: number; height: number; rotate: number }> {
  const pdf = await openPdf(bytes);
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: SeenText[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue;
      const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[];
      items.push({ str: item.str, x: e, y: f, size: Math.hypot(a, b), upright: a > 0 && Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6 && d < 0 });
    }
    return { items, width: viewport.width, height: viewport.height, rotate: page.rotate };
  } finally {
    await pdf.destroy();
  }
}

/** All of a page's text run together without any whitespace: cut glyphs, split runs and wrapped lines join up. */
export async function squashedText(bytes: Uint8Array, pageNumber = 1): Promise<string> {
  return (await seenText(bytes, pageNumber)).items.map((i) => i.str).join("").replace(/\s+/g, "");
}

export const squash = (s: string) => s.replace(/\s+/g, "");

/** A page's content streams, decoded and joined: to see the operators a variation claims to write. */
export async function pageContent(bytes: Uint8Array, pageIndex = 0): Promise<string> {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true });
  const contents = doc.getPage(pageIndex).node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return refs
    .map((r) => (r instanceof PDFRef ? doc.context.lookup(r) : r))
    .map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString("latin1") : ""))
    .join("\n");
}
