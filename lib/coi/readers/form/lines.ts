import { sliceRun, sourceOfRuns, type Run } from "../../pdf/text-runs";
import type { FieldSource } from "../../parsed-certificate";
import type { PageWords } from "./anchors";
import type { ValueWord } from "./values";

// Words of one box put back together: into lines top to bottom, each line's words left to right, with a space
// only where the page has a gap (a value printed glyph by glyph, or split across two runs, reads as one word).

export type Line = { words: ValueWord[]; text: string; run: Run };

const sizeOf = (page: PageWords, w: ValueWord) => page.runs[w.run].size ?? Math.max(w.box.y1 - w.box.y0, 1);

export function wordRun(page: PageWords, w: ValueWord): Run {
  return sliceRun(page.runs[w.run], w.start, w.end);
}

export function linesOf(page: PageWords, words: ValueWord[]): Line[] {
  const sorted = [...words].sort((a, b) => b.box.y0 - a.box.y0 || a.box.x0 - b.box.x0);
  const groups: ValueWord[][] = [];
  for (const w of sorted) {
    const size = sizeOf(page, w);
    const line = groups.find((g) => Math.abs(g[0].box.y0 - w.box.y0) < 0.4 * Math.min(size, sizeOf(page, g[0])));
    if (line) line.push(w);
    else groups.push([w]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.box.x0 - b.box.x0);
    let text = "";
    g.forEach((w, i) => {
      const piece = page.runs[w.run].text.slice(w.start, w.end);
      const gap = i === 0 ? 0 : w.box.x0 - g[i - 1].box.x1;
      text += i === 0 || gap <= 0.15 * sizeOf(page, w) ? piece : ` ${piece}`;
    });
    const runs = g.map((w) => wordRun(page, w));
    const merged: Run = { ...runs[0], text, x0: Math.min(...runs.map((r) => r.x0)), x1: Math.max(...runs.map((r) => r.x1)), y0: Math.min(...runs.map((r) => r.y0)), y1: Math.max(...runs.map((r) => r.y1)), xs: undefined };
    return { words: g, text, run: merged };
  });
}

export function sourceOfWords(page: PageWords, words: ValueWord[]): FieldSource {
  return sourceOfRuns(words.map((w) => wordRun(page, w)));
}

/**
 * A caption's colon left behind ("INSURER B :" read by OCR as "INSURER B ."), a ruling line read as "|" or "_":
 * never the start or end of a value.
 */
export const trimStray = (s: string) => s.replace(/^[\s.:;,|_[\]{}]+/, "").replace(/[\s|_[\]{}]+$/, "");
