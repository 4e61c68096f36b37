import type { Box } from "../../pdf/matrix";
import type { Slot } from "./reference";
import type { Located } from "./locate";
import type { ValueWord } from "./values";

// Which box each printed word belongs to. Agency systems print a coverage row's policy number and dates on the
// row's first line or its middle, shift values a few points, and let them overflow: so a word belongs to the ruled
// cell it sits in, and within a cell shared by several boxes, to the nearest box on its line.

export type Assigned = Map<Slot, ValueWord[]>;

const contains = (b: Box, x: number, y: number, tx = 1, ty = 1.5) => x >= b.x0 - tx && x <= b.x1 + tx && y >= b.y0 - ty && y <= b.y1 + ty;
/** Where a word is: its own centre across, its printed line's height up. */
const centre = (w: ValueWord): [number, number] => [(w.ref.x0 + w.ref.x1) / 2, w.lineY];

/** Gap between a point and a box, vertical distance counting double: values sit beside their box, not above it. */
function distance(b: Box, x: number, y: number): number {
  const dx = Math.max(b.x0 - x, 0, x - b.x1);
  const dy = Math.max(b.y0 - y, 0, y - b.y1);
  return dx + 2 * dy;
}

function markSlot(w: ValueWord, slots: Slot[]): Slot | undefined {
  const [x, y] = centre(w);
  const boxes = slots.filter((s) => s.kind === "checkbox" && contains(s.rect, x, y, 3, 3));
  return boxes.sort((a, b) => distance(a.rect, x, y) - distance(b.rect, x, y))[0];
}

function textSlot(w: ValueWord, slots: Slot[]): Slot | undefined {
  const [x, y] = centre(w);
  const candidates = slots.filter((s) => s.kind === "text" && contains(s.cell, x, y));
  const fitting = candidates.filter((s) => s.mode !== "line" || lineDistance(s, y) <= 0.6 * (s.rect.y1 - s.rect.y0) + 2);
  return fitting.sort((a, b) => distance(a.rect, x, y) - distance(b.rect, x, y))[0];
}

/** How far a word's centre line is from a one-line box's band. */
function lineDistance(s: Slot, y: number): number {
  return Math.max(s.rect.y0 - y, 0, y - s.rect.y1);
}

export function assignWords(loc: Located, words: ValueWord[]): Assigned {
  const slots = loc.ref.slots;
  const out: Assigned = new Map();
  const put = (slot: Slot, w: ValueWord) => {
    const list = out.get(slot);
    if (list) list.push(w);
    else out.set(slot, [w]);
  };
  const slotOfRun = new Map<number, Slot>();
  const seen = new Set<number>();
  const orphans: ValueWord[] = [];
  for (const w of words) {
    const slot = (w.isMark ? markSlot(w, slots) : undefined) ?? textSlot(w, slots);
    const first = !seen.has(w.run);
    seen.add(w.run);
    if (slot) {
      put(slot, w);
      // Only a run that starts in a box can run over out of it.
      if (slot.kind === "text" && first) slotOfRun.set(w.run, slot);
    } else orphans.push(w);
  }
  // Words with no box of their own, in a run (or across a ruling line from a run) that starts in one: the value
  // ran over into the next cell (a holder's name longer than its box continues beside CANCELLATION).
  const runs = loc.words.runs;
  for (const w of orphans) {
    const left = runs[w.run].wallLeft;
    const slot = slotOfRun.get(w.run) ?? (left ? slotOfRun.get(runs.indexOf(left)) : undefined);
    if (!slot) continue;
    put(slot, w);
    if (!slotOfRun.has(w.run) && seen.has(w.run)) slotOfRun.set(w.run, slot);
  }
  return out;
}
