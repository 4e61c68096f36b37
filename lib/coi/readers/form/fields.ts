import type { FieldValue, FieldValues } from "../../acord25/field-values";
import { REVIEW_CONFIDENCE } from "../../audit/context";
import { parseDate, usDateToDayNumber } from "../../normalize";
import { joinWrapped } from "./wrap";
import type { Assigned } from "./assign";
import { linesOf, sourceOfWords, trimStray } from "./lines";
import type { Located } from "./locate";
import { readParties } from "./parties";
import type { Slot } from "./reference";
import type { ValueWord } from "./values";

// Assigned words → ACORD 25 field values, each with where it was printed and how sure the placement is. The
// characters of a text PDF are exact; what can go wrong is where they were put, so that is what lowers confidence.

/** Text printed by a program, placed in its box without doubt. */
export const PLACED = 0.98;
/** Placed, but something about the place is off: the labels around it disagree, or it crosses a box's edge. */
const UNSURE = 0.8;
/** Text printed over other visible text: a person cannot be sure which one is meant. */
const OVERPRINTED = 0.5;
/** Near a part of the page laid out otherwise than the form: the box it went to may not be the one printed. */
const DISPLACED = 0.6;

export type Trust = { confidence: number; note?: string };

const lower = (t: Trust, confidence: number, note: string): Trust => (confidence < t.confidence ? { confidence, note } : t);

export function wordTrust(loc: Located, slot: Slot, w: ValueWord): Trust {
  let t: Trust = { confidence: PLACED };
  if (w.uncertainty > 3) t = lower(t, UNSURE, `the form's labels around it disagree by ${Math.round(w.uncertainty)} pt`);
  // A word reaching well past its cell's side was either overflowing or is not this box's.
  const width = Math.max(w.ref.x1 - w.ref.x0, 0.1);
  const outside = Math.max(0, slot.cell.x0 - w.ref.x0) + Math.max(0, w.ref.x1 - slot.cell.x1);
  if (outside > 0.35 * width) t = lower(t, UNSURE, "it runs past its box on the form");
  const run = loc.words.runs[w.run];
  // A scan's words carry OCR's own confidence; printed text's is 1.
  // Less sure than the placement, but sure enough not to ask a person: lowered, with no reason to show.
  if (run.confidence < t.confidence) t = run.confidence < REVIEW_CONFIDENCE ? lower(t, run.confidence, "OCR was unsure of it") : { ...t, confidence: run.confidence };
  if (run.overprinted) t = lower(t, OVERPRINTED, "it is printed over other text");
  if (run.cut) t = lower(t, OVERPRINTED, "its box cuts it off: the rest is not visible");
  return t;
}

function trustOf(loc: Located, slot: Slot, words: ValueWord[]): Trust {
  let t = words.map((w) => wordTrust(loc, slot, w)).reduce((a, b) => (b.confidence < a.confidence ? b : a));
  const c = slot.cell;
  if (loc.displaced.some((l) => l.box.x0 > c.x0 - 60 && l.box.x0 < c.x1 + 60 && l.box.y0 > c.y0 - 40 && l.box.y0 < c.y1 + 40)) {
    t = lower(t, DISPLACED, "the form's labels near it are not where the ACORD 25 prints them");
  }
  const label = loc.ref.lineLabel.get(slot.name);
  // The form prints the caption of a limit beside its amount: if that caption was not found, the line is a guess.
  if (label !== undefined && !loc.anchors.some((a) => a.label.index === label)) {
    t = lower(t, UNSURE, `the caption printed beside it ("${loc.ref.labels[label].text}") was not found`);
  }
  return t;
}

export function fieldValues(loc: Located, assigned: Assigned): FieldValues {
  const fields: FieldValues = new Map();
  const page = loc.words;
  for (const [slot, words] of assigned) {
    if (slot.mode === "party") continue;
    let trust = trustOf(loc, slot, words);
    const source = sourceOfWords(page, words);
    if (slot.kind === "checkbox") {
      fields.set(slot.name, { value: true, source, ...trust });
      continue;
    }
    const lines = linesOf(page, words);
    let value: string;
    if (slot.mode === "multiline") {
      value = joinWrapped(lines.map((l) => [l.run]), (slot.rect.x1 - slot.rect.x0 - 4) * loc.map.global.x.scale);
    } else {
      value = trimStray(lines.map((l) => l.text).join(" "));
      // One box, several printed lines: two policy numbers in a row, or a value and something else.
      if (lines.length > 1) trust = lower(trust, UNSURE, `${lines.length} lines are printed in this one-line box`);
    }
    fields.set(slot.name, { value, source, ...trust } satisfies FieldValue);
  }
  for (const [name, value] of readParties(loc, assigned, (slot, words) => trustOf(loc, slot, words))) fields.set(name, value);
  return fields;
}

/** Each coverage row's effective and expiration date boxes. */
export const DATE_PAIRS = [
  ["Policy_GeneralLiability_EffectiveDate_A", "Policy_GeneralLiability_ExpirationDate_A"],
  ["Policy_AutomobileLiability_EffectiveDate_A", "Policy_AutomobileLiability_ExpirationDate_A"],
  ["Policy_ExcessLiability_EffectiveDate_A", "Policy_ExcessLiability_ExpirationDate_A"],
  ["Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A", "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A"],
  ["OtherPolicy_PolicyEffectiveDate_A", "OtherPolicy_PolicyExpirationDate_A"],
] as const;

/**
 * A row's two dates printed as one run that stays within one column ("09/16/24 09/16/25" under POLICY EFF): a
 * person reads the first as the effective date and the second as the expiration, so the reader does too, and trusts
 * it only when the two are in that order.
 */
export function pairDates(fields: FieldValues): void {
  for (const [eff, exp] of DATE_PAIRS) {
    const [full, empty] = fields.has(eff) && !fields.has(exp) ? [eff, exp] : fields.has(exp) && !fields.has(eff) ? [exp, eff] : [];
    const f = full ? fields.get(full) : undefined;
    if (!full || !empty || !f || typeof f.value !== "string") continue;
    const parts = f.value.trim().split(/\s+/);
    const dates = parts.map(parseDate);
    if (parts.length !== 2 || dates.some((d) => d === null)) continue;
    const [a, b] = dates.map((d) => usDateToDayNumber(d)!);
    const trust = a < b ? { confidence: f.confidence, note: f.note } : { confidence: UNSURE, note: "the two dates printed together are not in order" };
    fields.set(eff, { ...f, value: parts[0], ...trust });
    fields.set(exp, { ...f, value: parts[1], ...trust });
  }
}
