import type { Grey } from "../../pdf/render-page";

// ADDL INSD / SUBR WVD hold one of Y, N or X. OCR reads a lone Y badly (it is thin), but the three letters differ in
// shape in every typeface: below the middle, Y is one stem where X and N have two legs; across the middle, N has
// both stems where X and Y have a single crossing. Measured on the ink's own bounding box, above any serifs.

export type Mark = { text: "Y" | "N" | "X"; confidence: number };

type Box = { x0: number; y0: number; x1: number; y1: number };

function inkBox(grey: Grey, r: Box): Box | null {
  let box: Box | null = null;
  for (let y = r.y0; y < r.y1; y++) {
    for (let x = r.x0; x < r.x1; x++) {
      if (grey.data[y * grey.width + x] >= 128) continue;
      box = box ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + 1), y1: Math.max(box.y1, y + 1) } : { x0: x, y0: y, x1: x + 1, y1: y + 1 };
    }
  }
  return box;
}

/** Width of the ink in a band of rows (fractions of the glyph's height from its top), as a share of the glyph's width. */
function span(grey: Grey, b: Box, from: number, to: number): number {
  const h = b.y1 - b.y0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let y = b.y0 + Math.floor(h * from); y < b.y0 + Math.ceil(h * to); y++) {
    for (let x = b.x0; x < b.x1; x++) {
      if (grey.data[y * grey.width + x] < 128) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x + 1);
      }
    }
  }
  return hi > lo ? (hi - lo) / (b.x1 - b.x0) : 0;
}

/** Pixel rectangle (integers, within the image) → the mark, or null when its shape is none of the three. */
export function readYesNoMark(grey: Grey, r: Box): Mark | null {
  const b = inkBox(grey, r);
  // A glyph is taller than a few pixels and not much wider than tall.
  if (!b || b.y1 - b.y0 < 8 || b.x1 - b.x0 > 1.6 * (b.y1 - b.y0)) return null;
  const lower = span(grey, b, 0.68, 0.82);
  const middle = span(grey, b, 0.45, 0.55);
  const clear = (v: number, t: number) => Math.abs(v - t) > 0.15;
  if (lower < 0.5) return { text: "Y", confidence: clear(lower, 0.5) ? 0.95 : 0.7 };
  if (middle >= 0.6) return { text: "N", confidence: clear(lower, 0.5) && clear(middle, 0.6) ? 0.95 : 0.7 };
  return { text: "X", confidence: clear(lower, 0.5) && clear(middle, 0.6) ? 0.95 : 0.7 };
}
