import type { RefLabel, RefPage } from "../../acord25/reference-layout";
import type { FieldValue } from "../../acord25/field-values";
import type { Slot } from "../../generator/layout";
import { centerY, groupLines, isGlyph, labelKey, sliceRun, sourceOfRuns, splitWords, type Run } from "../../pdf/text-runs";
import { toRefX, toRefY, type Fit, type SectionFits } from "./fit";
import { joinWrapped } from "./wrap";

// Puts each printed value in the ACORD box it sits in, once the page has been matched to the reference drawing.
// Confidence says how sure the placement is: a value that straddles two boxes, sits off its box, or lacks the
// label the form prints beside it is not trusted on its own (below 0.9, so its rule asks for a person).

/** Text printed by a program: the characters are exact, only the placement is inferred. */
export const LAYOUT_CONFIDENCE = 0.98;
const UNSURE_PLACEMENT = 0.8;
const AMBIGUOUS = 0.6;
/** ZapfDingbats check marks come out of pdfjs as the digits of their character codes. */
const DINGBAT_CHECKS = new Set(["3", "4", "8"]);

type Placed = { run: Run; x0: number; x1: number; y0: number; y1: number; fit: Fit };

function place(run: Run, fits: SectionFits, ref: RefPage): Placed {
  const section = ref.section(toRefY(fits.global, centerY(run)));
  const fit = fits.bySection[section] ?? fits.global;
  return { run, fit, x0: toRefX(fit, run.x0), x1: toRefX(fit, run.x1), y0: toRefY(fit, run.y0), y1: toRefY(fit, run.y1) };
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** How well a run sits in a slot: 1 when its text band is fully inside the slot, 0 when it is elsewhere. */
function score(p: Placed, slot: Slot): number {
  const [x, y, w, h] = slot.rect;
  // The text band: baseline to cap height, where every printed glyph has ink.
  const top = p.y0 + (p.y1 - p.y0) * 0.7;
  const v = overlap(p.y0, top, y - 1, y + h + 1) / Math.max(top - p.y0, 0.5);
  const width = Math.max(p.x1 - p.x0, 0.5);
  const hz = overlap(p.x0, p.x1, x - 1.5, x + w + 1.5) / Math.min(width, w);
  return v * Math.min(hz, 1);
}

type Choice = { slot: Slot; score: number; ambiguous: boolean };

function choose(p: Placed, ref: RefPage): Choice | undefined {
  const glyph = isGlyph(p.run.text) || DINGBAT_CHECKS.has(p.run.text);
  const scored = ref.slots
    .filter((s) => s.kind === "text" || glyph)
    .map((slot) => ({ slot, score: score(p, slot) }))
    .filter((c) => c.score > 0.25)
    .sort((a, b) => b.score - a.score);
  // A glyph inside a check box is a check mark; anywhere else it is text ("X" for ADDL INSD, a letter).
  const best = glyph ? (scored.find((c) => c.slot.kind === "checkbox" && c.score > 0.5) ?? scored.find((c) => c.slot.kind === "text")) : scored[0];
  if (!best) return undefined;
  const second = scored.find((c) => c !== best && c.slot.kind === best.slot.kind);
  return { ...best, ambiguous: !!second && second.score >= best.score * 0.6 };
}

function labelAt(ref: RefPage, p: Placed): RefLabel | undefined {
  const key = labelKey(p.run.text);
  return ref.labels.find((l) => l.key === key && Math.abs(l.x - p.x0) < 6 && Math.abs(l.y - p.y0) < 4);
}

/**
 * A check mark or a value printed right against a caption merges with it ("4 POLICY", "X OCCUR"): when the run
 * ends or starts with a label that sits at its place on the form, the label is cut off and the rest is a value.
 */
function splitOffLabels(run: Run, ref: RefPage, fits: SectionFits): Run[] {
  if (!/\s/.test(run.text) || labelAt(ref, place(run, fits, ref))) return [run];
  const words = [...run.text.matchAll(/\S+/g)];
  for (let i = 1; i < words.length; i++) {
    const cut = words[i].index;
    const head = sliceRun(run, 0, cut);
    const tail = sliceRun(run, cut, run.text.length);
    if (labelAt(ref, place(tail, fits, ref)) || labelAt(ref, place(head, fits, ref))) return [head, tail];
  }
  return [run];
}

export type PageValues = { values: Map<string, FieldValue>; labelsFound: Set<RefLabel> };

export function assignPage(runs: Run[], ref: RefPage, fits: SectionFits): PageValues {
  const labelsFound = new Set<RefLabel>();
  const valueRuns: Placed[] = [];
  for (const run of runs) {
    for (const part of splitOffLabels(run, ref, fits)) {
      const p = place(part, fits, ref);
      const label = labelAt(ref, p);
      if (label) labelsFound.add(label);
      else valueRuns.push(p);
    }
  }
  const bySlot = new Map<Slot, { placed: Placed[]; ambiguous: boolean; weak: boolean }>();
  const put = (p: Placed, c: Choice) => {
    const entry = bySlot.get(c.slot) ?? { placed: [], ambiguous: false, weak: false };
    entry.placed.push(p);
    entry.ambiguous ||= c.ambiguous;
    entry.weak ||= c.score < 0.6;
    bySlot.set(c.slot, entry);
  };
  for (const p of valueRuns) {
    const whole = choose(p, ref);
    if (whole && (whole.score >= 0.8 && !whole.ambiguous || !/\s/.test(p.run.text))) {
      put(p, whole);
      continue;
    }
    // Two values printed close together merge into one run ("2024-12-14 2025-12-14"): place each word alone.
    for (const word of splitWords(p.run)) {
      const w = place(word, fits, ref);
      const c = choose(w, ref);
      if (c) put(w, c);
    }
  }

  const values = new Map<string, FieldValue>();
  for (const [slot, { placed, ambiguous, weak }] of bySlot) {
    const runsIn = placed.map((p) => p.run);
    const fit = placed[0].fit;
    let confidence = Math.min(LAYOUT_CONFIDENCE, ...runsIn.map((r) => r.confidence));
    if (fit.residual > 2.5) confidence = Math.min(confidence, UNSURE_PLACEMENT);
    if (weak) confidence = Math.min(confidence, UNSURE_PLACEMENT);
    if (ambiguous) confidence = Math.min(confidence, AMBIGUOUS);
    const beside = labelBeside(ref, slot);
    if (beside && !labelsFound.has(beside)) confidence = Math.min(confidence, UNSURE_PLACEMENT);
    const source = sourceOfRuns(runsIn);
    if (slot.kind === "checkbox") {
      values.set(slot.name, { value: true, source, confidence });
    } else {
      const text = slot.multiline ? joinWrapped(groupLines(runsIn), (slot.rect[2] - 4) * fit.x.scale) : joinLine(runsIn);
      values.set(slot.name, { value: text, source, confidence });
    }
  }
  return { values, labelsFound };
}

/** Runs of one box, in reading order; a box that wrapped onto two lines reads as one line. */
function joinLine(runs: Run[]): string {
  return groupLines(runs).map((line) => line.map((r) => r.text).join(" ")).join(" ");
}

/** The label printed on the slot's line, left of it ("EACH OCCURRENCE" for its amount), if the form has one. */
function labelBeside(ref: RefPage, slot: Slot): RefLabel | undefined {
  const [x, y, , h] = slot.rect;
  return ref.labels
    .filter((l) => l.key !== "$" && l.x < x && l.x > x - 130 && l.y >= y - 1 && l.y <= y + h)
    .sort((a, b) => b.x - a.x)[0];
}
