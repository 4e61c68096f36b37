// 2-D affine matrices as PDF writes them: [a b c d e f] maps (x, y) to (a·x + c·y + e, b·x + d·y + f).

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m then n applied in m's space: the PDF `cm` rule, new CTM = n × m. */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2],
  n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2],
  n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4],
  n[4] * m[1] + n[5] * m[3] + m[5],
];

export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** The axis-aligned box around a rectangle [x0, y0, x1, y1] once transformed. */
export function transformBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  // Called for every glyph of a page: corners computed in place, no arrays.
  const [a, b, c, d, e, f] = m;
  const ax = a * x0, bx = a * x1, cy = c * y0, dy = c * y1;
  const px = b * x0, qx = b * x1, ry = d * y0, sy = d * y1;
  return {
    x0: Math.min(ax, bx) + Math.min(cy, dy) + e,
    x1: Math.max(ax, bx) + Math.max(cy, dy) + e,
    y0: Math.min(px, qx) + Math.min(ry, sy) + f,
    y1: Math.max(px, qx) + Math.max(ry, sy) + f,
  };
}

export const intersect = (a: Box, b: Box): Box => ({
  x0: Math.max(a.x0, b.x0),
  y0: Math.max(a.y0, b.y0),
  x1: Math.min(a.x1, b.x1),
  y1: Math.min(a.y1, b.y1),
});

export const area = (b: Box) => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
