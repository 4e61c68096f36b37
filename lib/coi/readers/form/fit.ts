// How a printed page sits on the reference: per axis page = scale · ref + offset, fitted on the labels found (A4,
// "fit to page" and shifted prints), then corrected locally by the labels nearby, because agency systems redraw the
// form and each section drifts a little on its own (a grid 3 pt lower than the header, a bottom block 5 pt off).

export type Axis = { scale: number; offset: number };
export type Pair = { ref: [number, number]; page: [number, number] };
export type GlobalFit = { x: Axis; y: Axis; residual: number; kept: Pair[] };

function fitAxis(values: [ref: number, page: number][]): Axis | null {
  const n = values.length;
  if (n < 2) return null;
  const mr = values.reduce((s, [r]) => s + r, 0) / n;
  const mp = values.reduce((s, [, p]) => s + p, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [r, p] of values) {
    sxx += (r - mr) ** 2;
    sxy += (r - mr) * (p - mp);
  }
  // Anchors all in one column (or one row) say nothing about scale.
  const scale = sxx < 400 ? 1 : sxy / sxx;
  if (!(scale > 0.4 && scale < 2.5)) return null;
  return { scale, offset: mp - scale * mr };
}

const predictPage = (f: { x: Axis; y: Axis }, [x, y]: [number, number]): [number, number] => [f.x.scale * x + f.x.offset, f.y.scale * y + f.y.offset];

/** Least squares, then again without the pairs that disagree with the rest (a value that spells a label). */
export function fitGlobal(pairs: Pair[]): GlobalFit | null {
  let kept = pairs;
  for (let round = 0; round < 4 && kept.length >= 4; round++) {
    const x = fitAxis(kept.map((p) => [p.ref[0], p.page[0]]));
    const y = fitAxis(kept.map((p) => [p.ref[1], p.page[1]]));
    if (!x || !y) return null;
    const res = kept.map((p) => {
      const [px, py] = predictPage({ x, y }, p.ref);
      return Math.hypot(px - p.page[0], py - p.page[1]);
    });
    const sorted = [...res].sort((a, b) => a - b);
    const limit = Math.max(4, 3 * sorted[Math.floor(sorted.length / 2)]);
    const next = kept.filter((_, i) => res[i] <= limit);
    if (next.length === kept.length || next.length < 4) {
      const rms = Math.sqrt(res.reduce((s, r) => s + r * r, 0) / res.length);
      return { x, y, residual: rms, kept };
    }
    kept = next;
  }
  return null;
}

/** Page ↔ reference through the global fit plus a smooth field of the anchors' own residuals. */
export class PageMap {
  private readonly residuals: { at: [number, number]; dx: number; dy: number }[];

  constructor(
    readonly global: GlobalFit,
    anchors: Pair[],
  ) {
    const raw = anchors.map((a) => {
      const [rx, ry] = this.globalToRef(a.page);
      return { at: a.ref, dx: a.ref[0] - rx, dy: a.ref[1] - ry };
    });
    this.residuals = raw.filter((r) => !isLocalOutlier(r, raw));
  }

  private globalToRef([x, y]: [number, number]): [number, number] {
    const g = this.global;
    return [(x - g.x.offset) / g.x.scale, (y - g.y.offset) / g.y.scale];
  }

  /**
   * The correction at a reference point: x from anchors in the same column band, y from anchors on nearly the same
   * line, each weighted by distance. A broad second kernel carries the nearest sections' drift past the last anchor
   * (the signature box below the last caption follows the bottom block, not the page's average); only where no
   * anchor is within reach does the correction fade to none.
   */
  correction([x, y]: [number, number]): { dx: number; dy: number } {
    let wx = 1e-4;
    let wy = 1e-4;
    let sx = 0;
    let sy = 0;
    for (const r of this.residuals) {
      const ddx = r.at[0] - x;
      const ddy = r.at[1] - y;
      // Far beyond the broad kernel a weight is nothing: skip the exponentials (this runs for every word).
      if (Math.abs(ddx) > 480 || Math.abs(ddy) > 240) continue;
      const nearX = Math.abs(ddx) > 90 || Math.abs(ddy) > 270 ? 0 : Math.exp(-((ddx / 30) ** 2) - (ddy / 90) ** 2);
      const nearY = Math.abs(ddy) > 27 ? 0 : Math.exp(-((ddy / 9) ** 2) - (ddx / 160) ** 2);
      const broad = 1e-3 * Math.exp(-((ddx / 160) ** 2) - (ddy / 60) ** 2);
      const forX = nearX + broad;
      const forY = nearY + broad;
      wx += forX;
      sx += forX * r.dx;
      wy += forY;
      sy += forY * r.dy;
    }
    return { dx: sx / wx, dy: sy / wy };
  }

  toRef(page: [number, number]): [number, number] {
    const q = this.globalToRef(page);
    const c = this.correction(q);
    return [q[0] + c.dx, q[1] + c.dy];
  }

  /** A page box in reference coordinates, moved by the correction at its centre (one look at the anchors). */
  boxToRef(b: { x0: number; y0: number; x1: number; y1: number }): { box: { x0: number; y0: number; x1: number; y1: number }; centre: [number, number] } {
    const [ax, ay] = this.globalToRef([b.x0, b.y0]);
    const [bx, by] = this.globalToRef([b.x1, b.y1]);
    const c = this.correction([(ax + bx) / 2, (ay + by) / 2]);
    const box = { x0: Math.min(ax, bx) + c.dx, y0: Math.min(ay, by) + c.dy, x1: Math.max(ax, bx) + c.dx, y1: Math.max(ay, by) + c.dy };
    return { box, centre: [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2] };
  }

  toPage(ref: [number, number]): [number, number] {
    const c = this.correction(ref);
    return predictPage(this.global, [ref[0] - c.dx, ref[1] - c.dy]);
  }

  /** How far the anchors near a point disagree with the map there: the placement's own uncertainty, in points. */
  localResidual(ref: [number, number]): number {
    let w = 0;
    let s = 0;
    const c = this.correction(ref);
    for (const r of this.residuals) {
      const k = Math.exp(-(((r.at[0] - ref[0]) / 60) ** 2) - ((r.at[1] - ref[1]) / 20) ** 2);
      w += k;
      s += k * Math.hypot(r.dx - c.dx, r.dy - c.dy);
    }
    return w > 0.05 ? s / w : 0;
  }
}

type Residual = { at: [number, number]; dx: number; dy: number };

/**
 * An anchor that disagrees with its neighbours (a caption the program placed otherwise, a heading centred in a
 * wider cell) says nothing about where the values around it are: drift moves whole sections, not one label.
 */
function isLocalOutlier(r: Residual, all: Residual[]): boolean {
  const near: { o: Residual; d: number }[] = [];
  for (const o of all) {
    if (o === r || Math.abs(o.at[1] - r.at[1]) >= 60) continue;
    const d = Math.hypot(o.at[0] - r.at[0], 2 * (o.at[1] - r.at[1]));
    if (d < 120) near.push({ o, d });
  }
  if (near.length < 3) return false;
  near.sort((a, b) => a.d - b.d);
  const six = near.slice(0, 6).map((n) => n.o);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Math.abs(r.dx - median(six.map((o) => o.dx))) > 4 || Math.abs(r.dy - median(six.map((o) => o.dy))) > 3;
}
