import { centerY, height, type Run } from "../../pdf/text-runs";
import type { Pair } from "./pairs";

// A row of labels with their values on the line below ("EACH OCCURRENCE   GENERAL AGGREGATE" over "$1,000,000
// $2,000,000", "POLICY NUMBER" over "CGL-1"): each value goes to the label it sits under.

const extent = (runs: Run[]) => ({ x0: Math.min(...runs.map((r) => r.x0)), x1: Math.max(...runs.map((r) => r.x1)) });

export function labelsAbove(labels: Pair[], labelLine: Run[], values: Run[]): Pair[] {
  if (values.length === 0 || values[0].page !== labelLine[0].page) return [];
  if (centerY(labelLine[0]) - centerY(values[0]) > 2.5 * height(labelLine[0])) return [];
  const out = new Map<Pair, Run[]>();
  for (const v of values.filter((r) => !r.text.endsWith(":"))) {
    let best: Pair | null = null;
    let score = -Infinity;
    for (const p of labels) {
      const e = extent(p.label);
      const overlap = Math.min(e.x1, v.x1) - Math.max(e.x0, v.x0);
      // Overlapping wins; otherwise the label whose middle is nearest, if it is close.
      const s = overlap > 0 ? overlap : -Math.abs((e.x0 + e.x1) / 2 - (v.x0 + v.x1) / 2);
      if (s > score) [best, score] = [p, s];
    }
    if (best && score > -30) out.set(best, [...(out.get(best) ?? []), v]);
  }
  return [...out].map(([p, value]) => ({ ...p, value }));
}
