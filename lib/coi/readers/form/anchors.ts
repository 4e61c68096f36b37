import type { Box } from "../../pdf/matrix";
import { labelKey, type Run } from "../../pdf/text-runs";
import type { RefLabel } from "./reference";

// Where the form's printed labels are on the page. Programs cut and join captions differently ("ADDL SUBR" as one
// run or two, "X OCCUR" with the check mark glued on), so a label is looked for as any sequence of consecutive words
// on a line whose letters spell it, not only as a whole run.

export type Word = { run: number; start: number; end: number; box: Box; key: string };
export type WordSpan = { words: number[]; box: Box; key: string };

export type PageWords = {
  runs: Run[];
  words: Word[];
  /** Label key → the word sequences that spell it. */
  spans: Map<string, WordSpan[]>;
};

const MAX_WORDS = 8;

/**
 * Every word sequence on the page that could spell a caption: only sequences whose letters begin some caption's
 * (`prefixes`) are kept, which leaves the paragraphs' thousands of word sequences out. Without `prefixes` (OCR,
 * where captions are matched by approximate spelling) every sequence is kept.
 */
export function indexWords(runs: Run[], prefixes?: Set<string>): PageWords {
  const words: Word[] = [];
  runs.forEach((run, ri) => {
    // A value printed against its caption's colon ("REVISION NUMBER:4") is a word of its own.
    for (const m of run.text.matchAll(/[A-Za-z)]+:(?=\S)|\S+?(?=[A-Za-z)]+:\S)|\S+/g)) {
      const start = m.index;
      const end = start + m[0].length;
      words.push({ run: ri, start, end, box: spanBox(run, start, end), key: labelKey(m[0]) });
    }
  });
  const spans = new Map<string, WordSpan[]>();
  for (const line of lineSequences(words, runs)) {
    for (let i = 0; i < line.length; i++) {
      if (words[line[i]].key === "") continue;
      let key = "";
      let last: WordSpan | null = null;
      for (let j = i; j < Math.min(line.length, i + MAX_WORDS); j++) {
        const w = words[line[j]];
        if (j > i && w.box.x0 - words[line[j - 1]].box.x1 > 2 * (runs[w.run].size ?? height(w.box))) break;
        if (w.key === "" && last) {
          // Punctuation standing alone ("INSURER A :", "OPERATIONS / LOCATIONS") belongs to the label it follows.
          last.words.push(line[j]);
          last.box = { ...last.box, x1: Math.max(last.box.x1, w.box.x1) };
          continue;
        }
        key += w.key;
        if (prefixes && !prefixes.has(key)) break;
        const ids = line.slice(i, j + 1);
        const first = words[ids[0]].box;
        last = { words: ids, box: { x0: first.x0, y0: Math.min(...ids.map((k) => words[k].box.y0)), x1: w.box.x1, y1: Math.max(...ids.map((k) => words[k].box.y1)) }, key };
        const list = spans.get(key);
        if (list) list.push(last);
        else spans.set(key, [last]);
      }
    }
  }
  return { runs, words, spans };
}

const height = (b: Box) => Math.max(b.y1 - b.y0, 1);

/** Word indices grouped by line (runs on one baseline), left to right. */
function lineSequences(words: Word[], runs: Run[]): number[][] {
  const order = words.map((_, i) => i).sort((a, b) => words[b].box.y0 - words[a].box.y0);
  const lines: { y: number; size: number; ids: number[] }[] = [];
  for (const i of order) {
    const w = words[i];
    const size = runs[w.run].size ?? height(w.box);
    // Top to bottom: the word's line, if any, is among the last few begun.
    let line: (typeof lines)[number] | undefined;
    for (let k = lines.length - 1; k >= 0 && lines[k].y - w.box.y0 <= 2 * size; k--) {
      if (Math.abs(lines[k].y - w.box.y0) < 0.3 * Math.min(lines[k].size, size)) {
        line = lines[k];
        break;
      }
    }
    if (line) line.ids.push(i);
    else lines.push({ y: w.box.y0, size, ids: [i] });
  }
  return lines.map((l) => l.ids.sort((a, b) => words[a].box.x0 - words[b].box.x0));
}

export type Anchor = { label: RefLabel; span: WordSpan };

/** Labels printed once on the form and found exactly once on the page: they place the page without any guess. */
export function uniqueAnchors(labels: RefLabel[], page: PageWords): Anchor[] {
  const out: Anchor[] = [];
  for (const label of labels) {
    if (!label.unique) continue;
    const found = page.spans.get(label.key);
    if (found?.length === 1) out.push({ label, span: found[0] });
  }
  return out;
}

/**
 * Every label (repeated ones too) matched to the span nearest to where the map predicts it, one span per label and
 * one label per word, within `tolerance` points.
 */
export function nearestAnchors(
  labels: RefLabel[], page: PageWords, toPage: (p: [number, number]) => [number, number], tolerance: number, fuzzy = false,
): Anchor[] {
  const pairs: { label: RefLabel; span: WordSpan; d: number }[] = [];
  const near = fuzzy ? spatialIndex(page) : null;
  for (const label of labels) {
    const [lx, py] = toPage([label.box.x0, label.box.y0]);
    const [rx] = toPage([label.box.x1, label.box.y0]);
    const candidates = near ? near(lx, py, tolerance + (rx - lx)).filter((s) => closeEnough(s.key, label.key)) : (page.spans.get(label.key) ?? []);
    for (const span of candidates) {
      // Left-, right- or centre-aligned: another program's font makes a caption wider or narrower than the form's.
      const dx = Math.min(Math.abs(span.box.x0 - lx), Math.abs(span.box.x1 - rx), Math.abs((span.box.x0 + span.box.x1 - lx - rx) / 2));
      // A misspelt match counts as farther: the exact spelling nearby wins, and a longer span over a shorter one.
      const spelling = span.key === label.key ? 0 : 4 + 2 * editDistance(span.key, label.key, 2);
      const d = Math.hypot(dx, (span.box.y0 - py) * 1.5);
      if (d <= tolerance) pairs.push({ label, span, d: d + spelling });
    }
  }
  // Longer labels first at equal distance: "EACH OCCURRENCE" before a stray "OCCURRENCE".
  pairs.sort((a, b) => a.d - b.d || b.label.key.length - a.label.key.length);
  const usedLabels = new Set<RefLabel>();
  const usedWords = new Set<number>();
  const out: Anchor[] = [];
  for (const p of pairs) {
    if (usedLabels.has(p.label) || p.span.words.some((w) => usedWords.has(w))) continue;
    usedLabels.add(p.label);
    for (const w of p.span.words) usedWords.add(w);
    out.push({ label: p.label, span: p.span });
  }
  return out;
}

/** The box of characters [start, end) of a run, from its glyph positions when it has them. */
export function spanBox(run: Run, start: number, end: number): Box {
  if (run.xs && run.xs.length === run.text.length + 1) return { x0: run.xs[start], y0: run.y0, x1: run.xs[end], y1: run.y1 };
  const per = (run.x1 - run.x0) / Math.max(run.text.length, 1);
  return { x0: run.x0 + start * per, y0: run.y0, x1: run.x0 + end * per, y1: run.y1 };
}

/** Spans near a point, for OCR'd pages where a caption must be found by its place and an approximate spelling. */
function spatialIndex(page: PageWords): (x: number, y: number, r: number) => WordSpan[] {
  const all = [...page.spans.values()].flat().sort((a, b) => a.box.y0 - b.box.y0);
  return (x, y, r) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].box.y0 < y - r) lo = mid + 1;
      else hi = mid;
    }
    const out: WordSpan[] = [];
    for (let i = lo; i < all.length && all[i].box.y0 <= y + r; i++) if (Math.abs(all[i].box.x0 - x) <= r) out.push(all[i]);
    return out;
  };
}

/** OCR's "PR0DUCER", "(Alc, No):": one wrong, missing or extra character in six, none in short captions. */
function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = b.length >= 12 ? 2 : b.length >= 6 ? 1 : 0;
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && editDistance(a, b, allowed) <= allowed;
}

/** Levenshtein distance, given up on (returns limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}
