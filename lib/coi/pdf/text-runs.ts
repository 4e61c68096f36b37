import type { FieldSource } from "../parsed-certificate";
import type { Frame } from "./frame";
import type { TextItem } from "./pdf-pages";

// Text as a reader wants it: pdfjs (or OCR) gives pieces of text that may be whole lines, words or single glyphs,
// depending on the program that printed the PDF. Pieces on one baseline that nearly touch are merged into runs,
// so a label or a value reads the same however it was cut up.

export type Run = {
  text: string;
  page: number;
  /** Left, bottom, right, top in PDF points (origin bottom-left). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The smallest confidence of the pieces (1 for PDF text; OCR word confidence otherwise). */
  confidence: number;
  pageSize: [number, number];
  /** Where each character starts, and (last) where the run ends, when the run was built from glyph positions. */
  xs?: number[];
  /** Font size in points and font name, when known from the PDF. */
  size?: number;
  font?: string;
  /** A glyph of the run overlaps a different visible glyph: text printed over other text. */
  overprinted?: boolean;
  /** The run continues past its box's clip: a person sees it cut off. */
  cut?: boolean;
  /** The run on its left across a ruling line, when one line of text was cut there (it may be an overflow). */
  wallLeft?: Run;
  /** The page turned for reading: boxes are mapped back to the page as displayed for sources. */
  frame?: Frame;
};

export type ItemWithConfidence = TextItem & { confidence?: number };

export function runOf(item: ItemWithConfidence): Run {
  const [x, y, w, h] = item.source.box;
  return {
    text: item.text.replace(/\s+/g, " ").trim(),
    page: item.source.page,
    x0: x,
    y0: y,
    x1: x + w,
    y1: y + h,
    confidence: item.confidence ?? 1,
    pageSize: item.source.page_size,
    frame: item.frame,
  };
}

export const height = (r: Run) => Math.max(r.y1 - r.y0, 1);
export const centerY = (r: Run) => (r.y0 + r.y1) / 2;
export const centerX = (r: Run) => (r.x0 + r.x1) / 2;

/** Average glyph width: spacing is judged against it rather than the height, which OCR reports per word. */
const charWidth = (r: Run) => (r.x1 - r.x0) / Math.max(r.text.length, 1);

export function sameLine(a: Run, b: Run): boolean {
  const tolerance = 0.45 * Math.min(height(a), height(b));
  return Math.abs(a.y0 - b.y0) <= tolerance || Math.abs(centerY(a) - centerY(b)) <= tolerance;
}

/** Merges pieces that sit on one baseline with at most about one space between them. */
export function mergeRuns(items: ItemWithConfidence[]): Run[] {
  const runs = items.map(runOf).filter((r) => r.text !== "");
  runs.sort((a, b) => a.page - b.page || b.y0 - a.y0 || a.x0 - b.x0);
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out.findLast((p) => p.page === r.page && sameLine(p, r) && p.x1 <= r.x0 + 0.5);
    const gap = prev ? r.x0 - prev.x1 : Infinity;
    const unit = prev ? Math.min(charWidth(prev), charWidth(r), height(prev) * 0.6) : 0;
    if (prev && gap <= unit * 0.9 && !isGlyph(prev.text) && !isGlyph(r.text)) {
      // OCR has already split its words: two of them are two words however close (small print at 200 dpi).
      const ocr = prev.confidence < 1 && r.confidence < 1;
      prev.text += ocr || gap > unit * 0.15 ? ` ${r.text}` : r.text;
      prev.x1 = Math.max(prev.x1, r.x1);
      prev.y0 = Math.min(prev.y0, r.y0);
      prev.y1 = Math.max(prev.y1, r.y1);
      prev.confidence = Math.min(prev.confidence, r.confidence);
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

/** A lone check mark or X: a check box's content, never part of the caption printed beside it. */
export const isGlyph = (s: string) => /^[Xx\u2713\u2714\u2717\u2718\u25a0]$/.test(s);

/** Runs grouped into lines, top to bottom, each line left to right. */
export function groupLines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.page - b.page || centerY(b) - centerY(a));
  const lines: Run[][] = [];
  for (const r of sorted) {
    const line = lines.find((l) => l[0].page === r.page && sameLine(l[0], r));
    if (line) line.push(r);
    else lines.push([r]);
  }
  for (const l of lines) l.sort((a, b) => a.x0 - b.x0);
  return lines;
}

export function sourceOfRuns(runs: Run[]): FieldSource {
  const round = (n: number) => Math.round(n * 100) / 100;
  let box = {
    x0: Math.min(...runs.map((r) => r.x0)),
    y0: Math.min(...runs.map((r) => r.y0)),
    x1: Math.max(...runs.map((r) => r.x1)),
    y1: Math.max(...runs.map((r) => r.y1)),
  };
  const frame = runs[0].frame;
  if (frame) box = frame.toDisplay(box);
  const size = frame ? frame.displaySize : runs[0].pageSize;
  return {
    page: runs[0].page,
    box: [round(box.x0), round(box.y0), round(box.x1 - box.x0), round(box.y1 - box.y0)],
    page_size: [round(size[0]), round(size[1])],
  };
}

/** Label text compared without case, spacing or punctuation, so OCR's "INSURERA:" matches "INSURER A :". */
export const labelKey = (s: string) => s.toUpperCase().replace(/[^A-Z0-9$#&]/g, "");

/** Part of a run, by character range; its extent is estimated in proportion to the characters. */
export function sliceRun(r: Run, start: number, end: number): Run {
  const raw = r.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const from = start + lead;
  const to = from + text.length;
  if (r.xs && r.xs.length === r.text.length + 1) {
    return { ...r, text, xs: r.xs.slice(from, to + 1), x0: r.xs[from], x1: text.length ? r.xs[to] : r.xs[from] };
  }
  const per = (r.x1 - r.x0) / Math.max(r.text.length, 1);
  return { ...r, text, xs: undefined, x0: r.x0 + from * per, x1: r.x0 + to * per };
}

/** The run cut at its spaces. */
export function splitWords(r: Run): Run[] {
  return [...r.text.matchAll(/\S+/g)].map((m) => sliceRun(r, m.index, m.index + m[0].length));
}
