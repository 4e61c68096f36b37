import type { Run } from "../../pdf/text-runs";
import type { Assigner, Cov } from "./assign";
import { runsBetween, textOf } from "./collector";
import { LABELS } from "./labels";
import { norm } from "./phrases";
import { amountAtStart, isStatutory, notAmountAtStart } from "./values";

// A LIMITS cell: one "Label $amount" per line, as the ACORD grid prints it. Labels wrap ("DAMAGE TO RENTED" /
// "PREMISES (Ea occurrence) $50,000"), and an amount may sit a point off its label's baseline, so that the two
// land on different text lines; both are put back together before the label says which box the amount is.

type Entry = { label: Run[]; value: Run[]; y: number };

/** Where the amount (or "Included", "N/A"…) at the end of the text begins, or -1. */
function valueStart(text: string): number {
  const bounds = [0, ...[...text.matchAll(/\s+/g)].map((m) => m.index + m[0].length)];
  for (const at of bounds) {
    const rest = text.slice(at).replace(/[.;]$/, "");
    if (amountAtStart(rest)?.end === rest.length || notAmountAtStart(rest) === rest.length) return at;
  }
  return -1;
}

function entryOf(runs: Run[], y: number): Entry {
  const text = textOf(runs);
  const at = valueStart(text);
  if (at !== -1) return { label: at > 0 ? runsBetween(runs, 0, at - 1) : [], value: runsBetween(runs, at, text.length), y };
  // "1,000,000 Each Occurrence": the amount first.
  const lead = amountAtStart(text);
  if (lead) return { label: runsBetween(runs, lead.end + 1, text.length), value: runsBetween(runs, 0, lead.end), y };
  // A bare "$" printed before an amount that is missing, or on another line.
  return { label: runsBetween(runs, 0, text.replace(/\s*\$\s*$/, "").length), value: [], y };
}

const limitId = (label: string) => {
  const m = LABELS.get(norm(label));
  return m?.kind === "limit" ? m.id : null;
};

export function readLimitCell(a: Assigner, cov: Cov, pieces: { runs: Run[]; y: number }[], lineHeight: number) {
  const entries = pieces.map((p) => entryOf(p.runs, p.y)).filter((e) => e.label.length > 0 || e.value.length > 0);
  // An amount alone on its line belongs to the label alone on the nearest line, if that is within a line.
  for (const v of entries.filter((e) => e.label.length === 0)) {
    const near = entries.filter((e) => e.value.length === 0 && e.label.length > 0 && Math.abs(e.y - v.y) < 0.8 * lineHeight);
    const label = near.sort((p, q) => Math.abs(p.y - v.y) - Math.abs(q.y - v.y))[0];
    if (label) [label.value, v.value] = [v.value, []];
  }
  let carried: Run[] = [];
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    // A label wrapped over two lines: the first line names no limit, the two together do.
    const wrapped = carried.length > 0 ? [...carried, ...e.label] : null;
    let label = wrapped && limitId(textOf(wrapped)) ? wrapped : e.label;
    const value = e.value;
    carried = [];
    const next = entries[k + 1];
    if (!limitId(textOf(label)) && value.length > 0 && next?.value.length === 0 && limitId(textOf([...label, ...next.label]))) {
      label = [...label, ...next.label];
      k++;
    }
    const text = textOf(label);
    const id = limitId(text);
    if (value.length === 0) {
      if (id === "statutory" || isStatutory(text)) a.limit(cov, "statutory", text, label);
      else if (!id) carried = e.label;
      continue;
    }
    if (!text && isStatutory(textOf(value))) a.limit(cov, "statutory", text, value);
    else if (id) a.limit(cov, id, text, value);
    else if (cov.key === "other" && text) a.limit(cov, "limit", text, value);
  }
}
