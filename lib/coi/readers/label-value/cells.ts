import { splitWords, type Run } from "../../pdf/text-runs";
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

function columnOfWord(cols: Column[], w: Run, line: Run[]): number {
  let best = -1;
  let most = 0;
  cols.forEach((c, i) => {
    const o = overlap(w, c);
    if (o > most) [best, most] = [i, o];
  });
  if (best !== -1) return best;
  const left = cols.findLastIndex((c) => c.x1 <= w.x0);
  const right = cols.findIndex((c) => c.x0 >= w.x1);
  // A date is judged whole: its words are "01/05/2025" already; a label's words are judged with their run.
  const text = line.find((r) => r.x0 <= w.x0 && r.x1 >= w.x1)?.text ?? w.text;
  const ok = (i: number) => i !== -1 && (fits(cols[i], w.text) || fits(cols[i], text));
  if (ok(left) && ok(right)) return w.x0 - cols[left].x1 <= cols[right].x0 - w.x1 ? left : right;
  return ok(left) ? left : ok(right) ? right : Math.max(left, right, 0);
}

/** The line cut into cells: for each column it touches, the runs (or parts of runs) under it. */
export function cellsOf(cols: Column[], line: Run[]): Map<number, Run[]> {
  const cells = new Map<number, Run[]>();
  const add = (i: number, r: Run) => cells.set(i, [...(cells.get(i) ?? []), r]);
  for (const run of line) {
    const under = cols.filter((c) => overlap(run, c) > 0);
    if (under.length <= 1) {
      add(under.length === 1 ? cols.indexOf(under[0]) : columnOfWord(cols, run, line), run);
      continue;
    }
    // A run under several headings was merged from cells printed close together: cut it word by word.
    let current = -1;
    let start = 0;
    const words = splitWords(run);
    words.forEach((w, k) => {
      const i = columnOfWord(cols, w, line);
      if (i !== current && current !== -1) add(current, joinWords(words.slice(start, k)));
      if (i !== current) [current, start] = [i, k];
    });
    if (current !== -1) add(current, joinWords(words.slice(start)));
  }
  return cells;
}

function joinWords(words: Run[]): Run {
  return { ...words[0], text: words.map((w) => w.text).join(" "), x1: words[words.length - 1].x1 };
}
