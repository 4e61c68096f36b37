import { splitWords, type Run } from "../../pdf/text-runs";
import type { JoinedRun } from "./lines";
import { findDates } from "./values";
import type { Column } from "./table";

// Which column a piece of a table line belongs to. A run under one heading is that heading's; a run under none
// (amounts printed right of a centred "LIMITS", labels left of it) goes, word by word, to the neighbouring column
// whose kind fits the text: a date is not a limit label, "EACH OCCURRENCE" is not an expiration date.

const overlap = (r: Run, c: Column) => Math.max(0, Math.min(r.x1, c.x1) - Math.max(r.x0, c.x0));

function fits(c: Column, text: string): boolean {
  switch (c.kind) {
    case "effective":
    case "expiration":
    case "period":
      return findDates(text).length > 0;
    case "number":
      return /\d/.test(text);
    case "letter":
      return /^[A-F]$/i.test(text);
    case "addl":
    case "subr":
      return /^(y|n|yes|no|x|n\/a)$/i.test(text);
    default:
      return true;
  }
}

/** `whole`: the text of the run the word was cut from, for kinds judged on it ("01/05/2025" is one word already). */
function columnOfWord(cols: Column[], w: Run, whole: string): number {
  let best = -1;
  let most = 0;
  cols.forEach((c, i) => {
    const o = overlap(w, c);
    if (o > most) [best, most] = [i, o];
  });
  if (best !== -1) return best;
  const left = cols.findLastIndex((c) => c.x1 <= w.x0);
  const right = cols.findIndex((c) => c.x0 >= w.x1);
  const ok = (i: number) => i !== -1 && (fits(cols[i], w.text) || fits(cols[i], whole));
  if (ok(left) && ok(right)) return w.x0 - cols[left].x1 <= cols[right].x0 - w.x1 ? left : right;
  return ok(left) ? left : ok(right) ? right : Math.max(left, right, 0);
}

/** The line cut into cells: for each column it touches, the runs (or parts of runs) under it. */
export function cellsOf(cols: Column[], line: Run[]): Map<number, Run[]> {
  const cells = new Map<number, Run[]>();
  for (const joined of line) {
    // Runs printed apart, then joined as the words of one run, are cut back where they were printed first.
    const parts = cols.filter((c) => overlap(joined, c) > 0).length > 1 ? ((joined as JoinedRun).parts ?? [joined]) : [joined];
    for (const [i, r] of parts.flatMap((run) => cellOf(cols, run))) cells.set(i, [...(cells.get(i) ?? []), r]);
  }
  return cells;
}

/** The column of a run; a run under several headings (cells printed close together) is cut word by word. */
function cellOf(cols: Column[], run: Run): [number, Run][] {
  const under = cols.filter((c) => overlap(run, c) > 0);
  if (under.length <= 1) return [[under.length === 1 ? cols.indexOf(under[0]) : columnOfWord(cols, run, run.text), run]];
  const out: [number, Run][] = [];
  const words = splitWords(run);
  let start = 0;
  words.forEach((w, k) => {
    const next = words[k + 1];
    if (!next || columnOfWord(cols, next, run.text) !== columnOfWord(cols, w, run.text)) {
      out.push([columnOfWord(cols, w, run.text), joinWords(words.slice(start, k + 1))]);
      start = k + 1;
    }
  });
  return out;
}

function joinWords(words: Run[]): Run {
  return { ...words[0], text: words.map((w) => w.text).join(" "), x1: words[words.length - 1].x1 };
}
