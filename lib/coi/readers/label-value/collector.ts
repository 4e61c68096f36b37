import type { Acord25FieldName } from "../../acord25/field-names";
import type { FieldValues } from "../../acord25/field-values";
import { cleanText, parseAmount } from "../../normalize";
import { sliceRun, sourceOfRuns, type Run } from "../../pdf/text-runs";
import { readDate } from "./values";

// The ACORD boxes read so far, each with the runs it came from and how sure the reader is.

/** Labels read off a layout we do not know in advance: right more often than not, but a person confirms limits. */
export const LABEL_CONFIDENCE = 0.95;
/** The same box printed twice with different values. */
const CONFLICT = 0.5;

export class Collector {
  readonly fields: FieldValues = new Map();

  put(field: Acord25FieldName | string, runs: Run[], value: string | boolean, confidence = LABEL_CONFIDENCE): void {
    if (runs.length === 0) return;
    const existing = this.fields.get(field);
    // Printed twice: keep the first, and trust neither when they differ ("$1,000,000" and "1,000,000" do not).
    if (existing) {
      if (!sameValue(existing.value, value)) {
        existing.confidence = Math.min(existing.confidence, CONFLICT);
        existing.note = "it is printed twice, with different values";
      }
      return;
    }
    const min = Math.min(confidence, ...runs.map((r) => r.confidence));
    // Held below review level by the reader's own rules (AMBIGUOUS): the label leaves the box in doubt.
    const note = confidence <= CONFLICT ? "its label does not say for certain which box of the form it is" : undefined;
    this.fields.set(field, { value, source: sourceOfRuns(runs), confidence: min, ...(note ? { note } : {}) });
  }

  has(field: Acord25FieldName | string): boolean {
    return this.fields.has(field);
  }
}

function sameValue(a: string | boolean, b: string | boolean): boolean {
  if (typeof a === "boolean" || typeof b === "boolean") return a === b;
  const amountA = parseAmount(a.replace(/\s+/g, ""));
  if (amountA !== null) return amountA === parseAmount(b.replace(/\s+/g, ""));
  const dateA = readDate(a);
  if (dateA !== null) return dateA === readDate(b);
  return cleanText(a)?.toLowerCase() === cleanText(b)?.toLowerCase();
}

export const textOf = (runs: Run[]) => runs.map((r) => r.text).join(" ").trim();

/** The runs covering characters start…end of textOf(runs), cut where a run is only partly inside. */
export function runsBetween(runs: Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const r of runs) {
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, r.text.length);
    if (to > from) out.push(from === 0 && to === r.text.length ? r : sliceRun(r, from, to));
    at += r.text.length + 1;
  }
  return out;
}
