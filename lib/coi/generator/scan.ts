import { degrees, PDFDocument } from "pdf-lib";
import { createCanvas } from "@napi-rs/canvas";
import { openPdf } from "../pdf/open-pdf";
import { renderPage } from "../pdf/render-page";
import { mulberry32 } from "./print-random";

// A "scan" of a certificate: each page printed, then scanned — drawn to pixels at the scanner's resolution, turned
// slightly, softened, grey with sensor noise, saved as JPEG — and put back in a PDF that holds only the images,
// as a scanner without OCR makes it.

export type ScanOptions = {
  /** Scanner resolution. */
  dpi?: number;
  /** Degrees, counter-clockwise: a page fed a little askew. */
  rotation?: number;
  /** Gaussian blur radius in pixels (0: none). */
  blur?: number;
  /** Amplitude of the grey noise, in levels of 255. */
  noise?: number;
  jpegQuality?: number;
  seed?: number;
  /**
   * Quarter turns of the page's content, degrees counter-clockwise like `rotation`: a page fed sideways (90, 270)
   * or upside down (180). A sideways page comes out landscape, with no /Rotate: the reader has to find which way up.
   */
  turn?: QuarterTurn;
  /**
   * The image stored turned by this much more, with a page /Rotate of the same value so it displays as `turn` says:
   * what some scanners write (a real 300 dpi scan stores its portrait page sideways with /Rotate 270).
   */
  pageRotate?: QuarterTurn;
};

export type QuarterTurn = 0 | 90 | 180 | 270;

export async function scanPdf(bytes: Uint8Array, opts: ScanOptions = {}): Promise<Uint8Array> {
  const { dpi = 200, rotation = 0, blur = 0, noise = 0, jpegQuality = 85, seed = 1, turn = 0, pageRotate = 0 } = opts;
  const stored = (turn + pageRotate) % 360;
  const sideways = stored % 180 !== 0;
  const rng = mulberry32(seed);
  const source = await openPdf(bytes, { render: true });
  const out = await PDFDocument.create();
  out.setProducer("Coverdesk test-certificate generator (scan)");
  out.setCreationDate(new Date(0));
  out.setModificationDate(new Date(0));
  try {
    for (let n = 1; n <= source.numPages; n++) {
      const page = await source.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const { canvas: printed, width: w, height: h } = await renderPage(page, dpi);
      // The scanned image's own size: the printed page's, across when it is stored sideways.
      const [width, height] = sideways ? [h, w] : [w, h];
      const scanned = createCanvas(width, height);
      const ctx = scanned.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, width, height);
      if (blur > 0) ctx.filter = `blur(${blur}px)`;
      ctx.translate(width / 2, height / 2);
      // One rotation for the skew and the quarter turns: with no turn, the very numbers (and bytes) of before.
      ctx.rotate((-(rotation + stored) * Math.PI) / 180);
      ctx.drawImage(printed, -w / 2, -h / 2);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.filter = "none";
      const image = ctx.getImageData(0, 0, width, height);
      const px = image.data;
      for (let i = 0; i < px.length; i += 4) {
        const grey = (px[i] * 77 + px[i + 1] * 150 + px[i + 2] * 29) >> 8;
        const v = Math.max(0, Math.min(255, grey + (rng() * 2 - 1) * noise));
        px[i] = px[i + 1] = px[i + 2] = v;
      }
      ctx.putImageData(image, 0, 0);
      const jpeg = await out.embedJpg(scanned.toBuffer("image/jpeg", jpegQuality));
      const [pageWidth, pageHeight] = sideways ? [y1 - y0, x1 - x0] : [x1 - x0, y1 - y0];
      const target = out.addPage([pageWidth, pageHeight]);
      target.drawImage(jpeg, { x: 0, y: 0, width: pageWidth, height: pageHeight });
      if (pageRotate) target.setRotation(degrees(pageRotate));
    }
  } finally {
    await source.destroy();
  }
  return out.save();
}

/** A blank page scanned: only noise, nothing to read. */
export async function noiseScanPdf(seed = 7): Promise<Uint8Array> {
  const blank = await PDFDocument.create();
  blank.addPage([612, 792]);
  return scanPdf(await blank.save(), { noise: 255, seed, dpi: 150 });
}
