import type { RefLabel, RefPage, Section } from "../../acord25/reference-layout";
import { labelKey, type Run } from "../../pdf/text-runs";

// Where the printed page sits relative to the reference drawing: per axis, page = scale * ref + offset, fitted on
// the labels found on the page. Agency systems shift, scale (A4, "fit to page") and nudge whole sections; a fit per
// section absorbs all three. The fit's residual says how well the labels agree, which feeds the values' confidence.

export type Axis = { scale: number; offset: number };
export type Fit = { x: Axis; y: Axis; residual: number; anchors: number };
export type LabelMatch = { ref: RefLabel; run: Run };

function fitAxis(pairs: [ref: number, page: number][]): Axis | null {
  const n = pairs.length;
  const mr = pairs.reduce((s, [r]) => s + r, 0) / n;
  const mp = pairs.reduce((s, [, p]) => s + p, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [r, p] of pairs) {
    sxx += (r - mr) ** 2;
    sxy += (r - mr) * (p - mp);
  }
  // Labels all in one column (or row) say nothing about scale: assume none rather than divide by ~0.
  const scale = sxx < 100 ? 1 : sxy / sxx;
  if (!(scale > 0.5 && scale < 2)) return null;
  return { scale, offset: mp - scale * mr };
}

function residuals(fit: Omit<Fit, "residual" | "anchors">, m: LabelMatch[]): number[] {
  return m.map(({ ref, run }) => Math.hypot(fit.x.scale * ref.x + fit.x.offset - run.x0, fit.y.scale * ref.y + fit.y.offset - run.y0));
}

/** Least squares, then again without the labels that disagree with the rest (a value that reads like a label). */
export function fitMatches(matches: LabelMatch[]): Fit | null {
  let m = matches;
  for (let round = 0; round < 3 && m.length >= 3; round++) {
    const x = fitAxis(m.map(({ ref, run }) => [ref.x, run.x0]));
    const y = fitAxis(m.map(({ ref, run }) => [ref.y, run.y0]));
    if (!x || !y) return null;
    const res = residuals({ x, y }, m);
    const sorted = [...res].sort((a, b) => a - b);
    const limit = Math.max(3, 3 * sorted[Math.floor(sorted.length / 2)]);
    const kept = m.filter((_, i) => res[i] <= limit);
    if (kept.length === m.length || kept.length < 3) {
      const rms = Math.sqrt(res.reduce((s, r) => s + r * r, 0) / res.length);
      return { x, y, residual: rms, anchors: m.length };
    }
    m = kept;
  }
  return null;
}

/** Unique labels found on the page, each matched to its place in the reference drawing. */
export function matchUniqueLabels(ref: RefPage, runs: Run[]): LabelMatch[] {
  const byKey = new Map<string, Run[]>();
  for (const run of runs) {
    const key = labelKey(run.text);
    byKey.set(key, [...(byKey.get(key) ?? []), run]);
  }
  const out: LabelMatch[] = [];
  for (const label of ref.labels) {
    const found = byKey.get(label.key);
    if (label.unique && found?.length === 1) out.push({ ref: label, run: found[0] });
  }
  return out;
}

export type SectionFits = { global: Fit; bySection: Partial<Record<Section, Fit>> };

export function fitSections(ref: RefPage, matches: LabelMatch[]): SectionFits | null {
  const global = fitMatches(matches);
  if (!global) return null;
  const bySection: SectionFits["bySection"] = {};
  for (const section of ["top", "grid", "bottom"] as const) {
    const own = matches.filter((m) => ref.section(m.ref.y) === section);
    const fit = own.length >= 4 ? fitMatches(own) : null;
    if (fit) bySection[section] = fit;
  }
  return { global, bySection };
}

export const toRefX = (f: Fit, x: number) => (x - f.x.offset) / f.x.scale;
export const toRefY = (f: Fit, y: number) => (y - f.y.offset) / f.y.scale;
