import { createCanvas, type Canvas } from "@napi-rs/canvas";
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { CertificateReadError } from "../errors";

// A PDF page drawn to pixels, for OCR and for making scanned test certificates. pdfjs paints into a Skia canvas
// (@napi-rs/canvas, the canvas pdfjs itself uses in Node); the page is white first, as on paper.

export type RenderedPage = { canvas: Canvas; dpi: number; width: number; height: number };
/** 8-bit grey pixels, row by row from the top-left corner. */
export type Grey = { data: Uint8Array; width: number; height: number };

export async function renderPage(page: PDFPageProxy, dpi: number): Promise<RenderedPage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  // A certificate page is letter or A4 (≈ 8.4 M pixels at 300 dpi). A page many times that is not a certificate,
  // and Skia cannot even allocate the largest ones ("Create skia surface failed"), so refuse it with a reason.
  if (!(width > 0 && height > 0) || width * height > MAX_PIXELS) throw pageTooLarge(width, height);
  let canvas: Canvas;
  try {
    canvas = whiteCanvas(width, height);
  } catch (cause) {
    throw pageTooLarge(width, height, cause);
  }
  // pdfjs's types name the DOM canvas; the Skia canvas implements the part of it pdfjs uses.
  try {
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: "#ffffff" }).promise;
  } catch (cause) {
    // pdf.js paints images through Skia too: an absurd image fails the same allocation ("Create skia surface
    // failed"). A page that cannot be drawn cannot be OCR'd: unreadable, with the reason.
    throw new CertificateReadError(
      "unreadable_certificate",
      `The scanned page could not be drawn for reading (${(cause as Error)?.message ?? "render failed"}). Upload the certificate as issued by the agency.`,
      { cause },
    );
  }
  return { canvas, dpi, width, height };
}

const MAX_PIXELS = 40_000_000;

function pageTooLarge(width: number, height: number, cause?: unknown) {
  return new CertificateReadError(
    "unreadable_certificate",
    `The scanned page is ${width}×${height} pixels at reading resolution, far larger than a certificate page, so it was not read. Upload the certificate as issued by the agency.`,
    { cause },
  );
}

export function whiteCanvas(width: number, height: number): Canvas {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  return canvas;
}

export function toGrey(canvas: Canvas): Grey {
  const { width, height } = canvas;
  const rgba = canvas.getContext("2d").getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height);
  // Rec. 601 luma in integers (×256).
  for (let i = 0, o = 0; o < data.length; i += 4, o++) data[o] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  return { data, width, height };
}

/** 8-bit grayscale PGM (P5): leptonica reads it without decoding, and it is cheap to write. */
export function toPgm(grey: Grey): Buffer {
  const header = Buffer.from(`P5\n${grey.width} ${grey.height}\n255\n`, "latin1");
  return Buffer.concat([header, grey.data]);
}
