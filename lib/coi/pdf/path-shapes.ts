import { apply, type Box, type Matrix } from "./matrix";

// A painted path sorted into what the reader cares about: axis-aligned rectangles (cell shading, white-outs, rules
// drawn as thin boxes), straight horizontal or vertical segments (ruling lines), and whether it has curves (glyph
// outlines). pdf.js hands paths over as flat arrays of drawing operators (DrawOPS: 0 moveTo, 1 lineTo,
// 2 curveTo, 3 closePath).

/** `other`: straight but not axis-aligned (a diagonal, an X drawn as two strokes). */
export type PathShapes = { rects: Box[]; segments: Box[]; curved: boolean; other: boolean };

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 3;

export function classifyPath(path: ArrayLike<number>, ctm: Matrix): PathShapes {
  const out: PathShapes = { rects: [], segments: [], curved: false, other: false };
  let points: [number, number][] = [];
  let straight = true;
  const flush = () => {
    if (points.length >= 2) addSubpath(points, straight, out);
    points = [];
    straight = true;
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE) {
      flush();
      points.push(apply(ctm, path[i++], path[i++]));
    } else if (op === LINE) {
      points.push(apply(ctm, path[i++], path[i++]));
    } else if (op === CURVE) {
      i += 4;
      points.push(apply(ctm, path[i++], path[i++]));
      straight = false;
      out.curved = true;
    } else if (op === CLOSE) {
      if (points.length > 0) points.push(points[0]);
    } else {
      // An operator this code does not know: give up on the path's shape rather than misread it.
      return { rects: [], segments: [], curved: out.curved, other: true };
    }
  }
  flush();
  return out;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.05;

function addSubpath(points: [number, number][], straight: boolean, out: PathShapes) {
  if (!straight) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box: Box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  const axisAligned = points.every((p, i) => i === 0 || near(p[0], points[i - 1][0]) || near(p[1], points[i - 1][1]));
  if (!axisAligned) {
    out.other = true;
    return;
  }
  const distinct = new Set(points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`));
  if (distinct.size === 2) out.segments.push(box);
  else if (distinct.size === 4 && points.length <= 6) out.rects.push(box);
  else {
    // A polyline of ruling lines drawn in one go: each stroke on its own.
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      out.segments.push({ x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) });
    }
  }
}
