import { deflateSync } from "node:zlib";
import { StandardFonts, concatTransformationMatrix, popGraphicsState, pushGraphicsState, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { mulberry32 } from "./print-random";

// How an agency system "prints" a flattened certificate: page size, a shift and scale of the whole page (printed
// to A4, "fit to page"), values nudged off their boxes, its own value font, and its own check mark glyph.

export type PrintOptions = {
  pageSize?: [number, number];
  /** Applied to everything drawn: page = scale * drawing + offset. */
  scale?: number;
  offset?: [number, number];
  /** Each value moves by up to this many points in x and y (deterministic from `seed`). */
  jitter?: number;
  seed?: number;
  valueFont?: "Helvetica" | "TimesRoman" | "Courier";
  /** The check mark: a letter X, or ZapfDingbats ✓ / ✔. */
  check?: "X" | "x" | "check" | "heavy-check";
};

export type Printer = {
  font: PDFFont;
  checkFont: PDFFont;
  checkText: string;
  nudge: () => [number, number];
};

export async function printer(doc: PDFDocument, font: PDFFont, opts: PrintOptions = {}): Promise<Printer> {
  const rng = mulberry32(opts.seed ?? 1);
  const jitter = opts.jitter ?? 0;
  const valueFont = opts.valueFont && opts.valueFont !== "Helvetica" ? await doc.embedFont(StandardFonts[opts.valueFont]) : font;
  const dingbats = opts.check === "check" || opts.check === "heavy-check";
  return {
    font: valueFont,
    checkFont: dingbats ? await doc.embedFont(StandardFonts.ZapfDingbats) : font,
    checkText: opts.check === "check" ? "\u2713" : opts.check === "heavy-check" ? "\u2714" : (opts.check ?? "X"),
    nudge: () => (jitter ? [(rng() * 2 - 1) * jitter, (rng() * 2 - 1) * jitter] : [0, 0]),
  };
}

/** Starts a page's drawing in the printed frame; `endPage` closes it. */
export function beginPage(page: PDFPage, opts: PrintOptions = {}) {
  const s = opts.scale ?? 1;
  const [dx, dy] = opts.offset ?? [0, 0];
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(s, 0, 0, s, dx, dy));
}

export function endPage(page: PDFPage) {
  page.pushOperators(popGraphicsState());
}

/** A small hand-drawn-looking signature as a PNG (grey scribble on white), made without any image library. */
export function signaturePng(width = 120, height = 30): Uint8Array {
  const pixels = Buffer.alloc((width * 3 + 1) * height, 255);
  for (let x = 4; x < width - 4; x++) {
    const y = Math.round(height / 2 + Math.sin(x / 5) * (height / 3.2) * Math.cos(x / 17));
    for (let dy = -1; dy <= 1; dy++) {
      const row = Math.min(height - 1, Math.max(0, y + dy));
      pixels.fill(30, row * (width * 3 + 1) + 1 + x * 3, row * (width * 3 + 1) + 1 + x * 3 + 3);
    }
  }
  for (let row = 0; row < height; row++) pixels[row * (width * 3 + 1)] = 0; // filter: none
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
