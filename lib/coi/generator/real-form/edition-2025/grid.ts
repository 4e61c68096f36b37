import type { Rect } from "../types";
import type { Segment } from "./ruling-lines";

// The 2025/12 print's cells, from its ruling lines: horizontal and vertical lines (a form draws each border several
// times, in pieces and as box outlines, so near-equal ones are merged), the cell around a point, and the little
// squares that are its check boxes.

export type HLine = { y: number; x1: number; x2: number };
export type VLine = { x: number; y1: number; y2: number };

const NEAR = 0.9;

function mergeH(lines: HLine[]): HLine[] {
  const out: HLine[] = [];
  for (const l of [...lines].sort((a, b) => a.y - b.y || a.x1 - b.x1)) {
    const same = out.find((o) => Math.abs(o.y - l.y) < NEAR && l.x1 <= o.x2 + NEAR && l.x2 >= o.x1 - NEAR);
    if (same) {
      same.x1 = Math.min(same.x1, l.x1);
      same.x2 = Math.max(same.x2, l.x2);
    } else out.push({ ...l });
  }
  return out;
}

function mergeV(lines: VLine[]): VLine[] {
  const flipped = mergeH(lines.map((l) => ({ y: l.x, x1: l.y1, x2: l.y2 })));
  return flipped.map((l) => ({ x: l.y, y1: l.x1, y2: l.x2 }));
}

export class Grid {
  readonly h: HLine[];
  readonly v: VLine[];

  constructor(segments: Segment[]) {
    const h: HLine[] = [];
    const v: VLine[] = [];
    for (const s of segments) {
      if (Math.abs(s.y1 - s.y2) < 0.3 && Math.abs(s.x1 - s.x2) > 0.5) h.push({ y: s.y1, x1: Math.min(s.x1, s.x2), x2: Math.max(s.x1, s.x2) });
      else if (Math.abs(s.x1 - s.x2) < 0.3 && Math.abs(s.y1 - s.y2) > 0.5) v.push({ x: s.x1, y1: Math.min(s.y1, s.y2), y2: Math.max(s.y1, s.y2) });
    }
    this.h = mergeH(h);
    this.v = mergeV(v);
  }

  /** The nearest horizontal line above (dir 1) or below (dir -1) the point that passes over its x. */
  hLine(x: number, y: number, dir: 1 | -1): HLine {
    const found = this.h
      .filter((l) => l.x1 - NEAR <= x && x <= l.x2 + NEAR && (dir === 1 ? l.y > y + 0.3 : l.y < y - 0.3))
      .sort((a, b) => dir * (a.y - b.y))[0];
    if (!found) throw new Error(`2025/12 blank: no ruling line ${dir === 1 ? "above" : "below"} (${x.toFixed(1)}, ${y.toFixed(1)})`);
    return found;
  }

  /** The nearest vertical line right (dir 1) or left (dir -1) of the point that passes beside its y. */
  vLine(x: number, y: number, dir: 1 | -1): VLine {
    const found = this.v
      .filter((l) => l.y1 - NEAR <= y && y <= l.y2 + NEAR && (dir === 1 ? l.x > x + 0.3 : l.x < x - 0.3))
      .sort((a, b) => dir * (a.x - b.x))[0];
    if (!found) throw new Error(`2025/12 blank: no ruling line ${dir === 1 ? "right" : "left"} of (${x.toFixed(1)}, ${y.toFixed(1)})`);
    return found;
  }

  /** The cell the point sits in, bounded by the nearest lines on each side. */
  cellAt(x: number, y: number): Rect {
    const left = this.vLine(x, y, -1).x;
    const right = this.vLine(x, y, 1).x;
    const bottom = this.hLine(x, y, -1).y;
    const top = this.hLine(x, y, 1).y;
    return { x: left, y: bottom, width: right - left, height: top - bottom };
  }

  /**
   * Check boxes: cells 9–16 pt a side, closed on all four sides. From the merged lines, because a form often draws a
   * box's sides as part of longer lines (the column border, the next box's side).
   */
  squares(): Rect[] {
    const out: Rect[] = [];
    const covers = (l: VLine, y1: number, y2: number) => l.y1 <= y1 + NEAR && l.y2 >= y2 - NEAR;
    for (const left of this.v) {
      for (const right of this.v) {
        const width = right.x - left.x;
        if (width < 9 || width > 16) continue;
        const ys = [...new Set(this.h.filter((h) => h.x1 <= left.x + NEAR && h.x2 >= right.x - NEAR).map((h) => h.y))].sort((a, b) => a - b);
        for (let i = 0; i + 1 < ys.length; i++) {
          const height = ys[i + 1] - ys[i];
          if (height < 9 || height > 16 || !covers(left, ys[i], ys[i + 1]) || !covers(right, ys[i], ys[i + 1])) continue;
          out.push({ x: left.x, y: ys[i], width, height });
        }
      }
    }
    return out.filter((s, i) => out.findIndex((o) => Math.abs(o.x - s.x) < NEAR && Math.abs(o.y - s.y) < NEAR) === i);
  }
}
