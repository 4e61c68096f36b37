import type { Grey } from "../pdf/render-page";
import type { PixelBox } from "./grey";

// Pixels drawn anew: a page turned level (a scan fed askew) and a box cut out and enlarged for OCR (tesseract reads
// 6-point print best when its letters are about 30 pixels tall). Bilinear, on the grey bytes.

/** A page turned about its centre by `degrees`, clockwise on screen for a positive angle, on white. */
export function rotateGrey(grey: Grey, degrees: number): Grey {
  if (degrees === 0) return grey;
  const { width: w, height: h } = grey;
  const out = new Uint8Array(w * h);
  const t = (degrees * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    // The source of output (x, y) is the point turned back by the angle: x' = c + R(−t)(p − c).
    const dy = y + 0.5 - cy;
    // In pixel-index coordinates (a pixel's centre is its index), starting at x = 0 and stepping along the row.
    let sx = cx + (0.5 - cx) * cos + dy * sin - 0.5;
    let sy = cy - (0.5 - cx) * sin + dy * cos - 0.5;
    for (let x = 0; x < w; x++, sx += cos, sy -= sin) out[y * w + x] = sample(grey, sx, sy);
  }
  return { data: out, width: w, height: h };
}

/** The box enlarged `scale` times, with `pad` white pixels around it. */
export function enlargeBox(grey: Grey, box: PixelBox, scale: number, pad: number): Grey {
  const w = Math.max(1, Math.round((box.x1 - box.x0) * scale));
  const h = Math.max(1, Math.round((box.y1 - box.y0) * scale));
  const ow = w + 2 * pad;
  const out = new Uint8Array(ow * (h + 2 * pad)).fill(255);
  for (let y = 0; y < h; y++) {
    const sy = box.y0 + (y + 0.5) / scale - 0.5;
    for (let x = 0; x < w; x++) out[(y + pad) * ow + x + pad] = sample(grey, box.x0 + (x + 0.5) / scale - 0.5, sy);
  }
  return { data: out, width: ow, height: h + 2 * pad };
}

/** Bilinear sample at a pixel-centre coordinate; outside the image is paper. */
function sample(grey: Grey, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 + 1 >= grey.width || y0 + 1 >= grey.height) return 255;
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * grey.width + x0;
  const d = grey.data;
  const top = d[i] + (d[i + 1] - d[i]) * fx;
  const bottom = d[i + grey.width] + (d[i + grey.width + 1] - d[i + grey.width]) * fx;
  return Math.round(top + (bottom - top) * fy);
}
