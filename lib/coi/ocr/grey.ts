import type { Grey } from "../pdf/render-page";

// Small operations on 8-bit grey page images (row by row from the top-left), done on the bytes: turning a page by
// quarter turns, cutting out a box, and how much ink a box holds. A canvas would copy the page through RGBA each time.

export type PixelBox = { x0: number; y0: number; x1: number; y1: number };

/** The page turned clockwise by `quarters` × 90° (as a viewer's "rotate right"). */
export function turnGrey(grey: Grey, quarters: number): Grey {
  const q = ((quarters % 4) + 4) % 4;
  if (q === 0) return grey;
  const { width: w, height: h, data } = grey;
  const [ow, oh] = q === 2 ? [w, h] : [h, w];
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      // Where source pixel (x, y) lands in the turned page.
      const [nx, ny] = q === 1 ? [h - 1 - y, x] : q === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      out[ny * ow + nx] = data[row + x];
    }
  }
  return { data: out, width: ow, height: oh };
}

/** Rows become columns: lets one row-scanning routine find vertical lines too, reading memory in order. */
export function transposeGrey(grey: Grey): Grey {
  const { width: w, height: h, data } = grey;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) out[x * h + y] = data[row + x];
  }
  return { data: out, width: h, height: w };
}

export function clampBox(grey: Grey, b: PixelBox): PixelBox {
  return {
    x0: Math.max(0, Math.min(grey.width, Math.round(b.x0))),
    y0: Math.max(0, Math.min(grey.height, Math.round(b.y0))),
    x1: Math.max(0, Math.min(grey.width, Math.round(b.x1))),
    y1: Math.max(0, Math.min(grey.height, Math.round(b.y1))),
  };
}

/** The box's pixels, with a white margin around them (tesseract reads a line touching the edge badly). */
export function cropGrey(grey: Grey, box: PixelBox, pad = 0): Grey {
  const b = clampBox(grey, box);
  const w = Math.max(0, b.x1 - b.x0);
  const h = Math.max(0, b.y1 - b.y0);
  const out: Grey = { data: new Uint8Array((w + 2 * pad) * (h + 2 * pad)).fill(255), width: w + 2 * pad, height: h + 2 * pad };
  for (let y = 0; y < h; y++) {
    const from = (b.y0 + y) * grey.width + b.x0;
    out.data.set(grey.data.subarray(from, from + w), (y + pad) * out.width + pad);
  }
  return out;
}

/** Share of the box's pixels darker than `threshold`. */
export function inkShare(grey: Grey, box: PixelBox, threshold = 128): number {
  const b = clampBox(grey, box);
  let dark = 0;
  for (let y = b.y0; y < b.y1; y++) {
    const row = y * grey.width;
    for (let x = b.x0; x < b.x1; x++) if (grey.data[row + x] < threshold) dark++;
  }
  return dark / Math.max(1, (b.x1 - b.x0) * (b.y1 - b.y0));
}

/** The paper's grey: the level most pixels are at or above (a scan's white is rarely 255). */
export function paperLevel(grey: Grey): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < grey.data.length; i += 13) hist[grey.data[i]]++;
  const total = Math.ceil(grey.data.length / 13);
  let seen = 0;
  // The 70th percentile from the dark end: a form is a few percent ink, so this is paper even on a grey scan.
  for (let v = 0; v < 256; v++) {
    seen += hist[v];
    if (seen >= 0.7 * total) return v;
  }
  return 255;
}
