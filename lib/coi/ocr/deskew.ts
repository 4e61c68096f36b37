import type { Canvas } from "@napi-rs/canvas";
import { whiteCanvas, type Grey } from "../pdf/render-page";

// A page fed askew: its rows of text and the form's rules are not level. The angle that makes them level is the one
// where the dark pixels pile up into the fewest, fullest rows (projection profile), searched on a coarse sample.
// The page is then turned upright before OCR, so OCR's boxes and the pixels we look at agree.

const MAX_DEGREES = 3;
const STEP = 0.1;

export function estimateSkew(grey: Grey): number {
  const sample = 4;
  const points: number[] = [];
  for (let y = 0; y < grey.height; y += sample) {
    for (let x = 0; x < grey.width; x += sample) if (grey.data[y * grey.width + x] < 128) points.push(x, y);
  }
  if (points.length < 200) return 0;
  let best = 0;
  let bestScore = -1;
  const rows = new Float64Array(Math.ceil((grey.height + grey.width * Math.tan((MAX_DEGREES * Math.PI) / 180) * 2) / sample) + 2);
  for (let deg = -MAX_DEGREES; deg <= MAX_DEGREES + 1e-9; deg += STEP) {
    const t = Math.tan((deg * Math.PI) / 180);
    rows.fill(0);
    const shift = grey.width * Math.abs(t);
    for (let i = 0; i < points.length; i += 2) rows[Math.round((points[i + 1] + points[i] * t + shift) / sample)]++;
    let score = 0;
    for (const r of rows) score += r * r;
    if (score > bestScore) {
      bestScore = score;
      best = deg;
    }
  }
  return Math.round(best * 10) / 10;
}

/** The page turned by `degrees` (clockwise on screen for a positive angle) about its centre, on white. */
export function rotate(canvas: Canvas, degrees: number): Canvas {
  const { width, height } = canvas;
  const out = whiteCanvas(width, height);
  const ctx = out.getContext("2d");
  ctx.translate(width / 2, height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(canvas, -width / 2, -height / 2);
  return out;
}
