import type { Grey } from "../pdf/render-page";
import { transposeGrey } from "./grey";

// The ruling lines of a page image: the long straight strokes a form is drawn with. Text has no dark run longer
// than a few letters' strokes; a rule is one, broken here and there by the scan. Found per row (and, on the
// transposed image, per column), then joined across neighbouring rows into lines with a position and an extent.

/** A horizontal line `at` a row (or a vertical one at a column), from `from` to `to` along it, in pixels. */
export type RuleLine = { at: number; from: number; to: number; thickness: number };
export type PageRules = { horizontal: RuleLine[]; vertical: RuleLine[] };

/** Gaps a scan leaves in a printed rule (JPEG, a light stroke): bridged. */
const MAX_GAP = 3;
/** Share of a run that is ink. */
const SOLID = 0.9;

/**
 * `minLength` in pixels: shorter runs are letters. `dark`: the grey level below which a pixel is ink.
 * A rule drawn a little off level steps from one row to the next: the pieces are joined when they meet end to end.
 */
export function findRules(grey: Grey, minLength: number, dark: number): PageRules {
  return { horizontal: linesOfRows(grey, minLength, dark), vertical: linesOfRows(transposeGrey(grey), minLength, dark) };
}

type Building = RuleLine & { sum: number; weight: number; last: number };

function linesOfRows(grey: Grey, minLength: number, dark: number): RuleLine[] {
  const { width, height, data } = grey;
  const done: RuleLine[] = [];
  let active: Building[] = [];
  const piece = Math.max(8, Math.round(minLength / 4));
  for (let y = 0; y < height; y++) {
    const runs = runsOfRow(data, y * width, width, piece, dark);
    const next: Building[] = [];
    for (const [from, to] of runs) {
      const len = to - from;
      const line = active.find((l) => l.last >= y - 2 && from <= l.to + MAX_GAP + 2 && to >= l.from - MAX_GAP - 2 && Math.abs(l.sum / l.weight - y) <= 2.5);
      if (line) {
        line.from = Math.min(line.from, from);
        line.to = Math.max(line.to, to);
        line.sum += y * len;
        line.weight += len;
        if (line.last !== y) line.thickness++;
        line.last = y;
      } else {
        next.push({ at: y, from, to, thickness: 1, sum: y * len, weight: len, last: y });
      }
    }
    const still: Building[] = [];
    for (const l of active) {
      if (l.last >= y - 2) still.push(l);
      else finish(l, done, minLength);
    }
    active = [...still, ...next];
  }
  for (const l of active) finish(l, done, minLength);
  return done.sort((a, b) => a.at - b.at || a.from - b.from);
}

function finish(l: Building, done: RuleLine[], minLength: number): void {
  // Rows a line's pieces cover, on average along it: a line stepping across rows is as thick as it is drawn, and
  // rows of letters that joined it (a value printed on the rule) add only their share.
  if (l.to - l.from >= minLength) done.push({ at: l.sum / l.weight, from: l.from, to: l.to, thickness: Math.max(1, Math.min(l.thickness, Math.round(l.weight / (l.to - l.from)))) });
}

/**
 * Runs of dark pixels in one row at least `minLength` long, gaps of MAX_GAP bridged, nearly all ink: a row through a
 * line of text, its letters a pixel or two apart, is not one.
 */
function runsOfRow(data: Uint8Array, start: number, width: number, minLength: number, dark: number): [number, number][] {
  const out: [number, number][] = [];
  let runStart = -1;
  let lastDark = -1;
  let inked = 0;
  const close = () => {
    const len = lastDark + 1 - runStart;
    if (len >= minLength && inked >= SOLID * len) out.push([runStart, lastDark + 1]);
  };
  for (let x = 0; x < width; x++) {
    if (data[start + x] < dark) {
      if (runStart < 0 || x - lastDark > MAX_GAP + 1) {
        if (runStart >= 0) close();
        runStart = x;
        inked = 0;
      }
      lastDark = x;
      inked++;
    }
  }
  if (runStart >= 0) close();
  return out;
}
