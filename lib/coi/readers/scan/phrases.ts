import { clampBox, type PixelBox } from "../../ocr/grey";
import type { Grey } from "../../pdf/render-page";

// Where the ink of a form's values is: within each cell, the lines of ink (rows holding dark pixels), and along each
// line the phrases (ink with no gap wider than a few letters). A phrase that runs past its cell's edge is followed
// there, since agency systems print values shifted from their box or overflowing it, and OCR of a cut word is a
// wrong value. A phrase wholly on one of the form's captions is a caption and is not read; what is left on one line
// of a cell, close together, is read as one line.

/** Gap between phrases, in points: wider than a word space in any print (Courier's is 4.2 pt at 7 pt). */
const PHRASE_GAP = 4.5;
/** Phrases of one cell's line closer than this are read together (a caption between them keeps them apart). */
const JOIN_GAP = 12;
/** How far a phrase is followed out of its cell, in points. */
const REACH = 60;
/** Bands thinner than this are specks, dots or accents (joined to a line beside them, else dropped). */
const MIN_LINE = 2.5;

/** Typed text in a box of handwriting is at most this tall, in points; a pen's stroke is taller. */
const TYPED_HEIGHT = 12;
/** A gap this wide, in points, where one of the form's vertical rules runs ends a phrase (the next cell's value). */
const WALL_GAP = 1.2;

/** `contained`: a box of handwriting (the signature): only typed phrases wholly inside it are read. */
export type PhraseCell = { box: PixelBox; contained?: boolean; words?: boolean; amount?: boolean };
/** `words`: found in a cell of names, addresses or remarks; `amount`: in a limit's cell. */
export type Phrase = PixelBox & { words?: boolean; amount?: boolean };

/** `walls`: the form's vertical rules, as boxes one pixel wide. */
export function findPhrases(grey: Grey, cells: PhraseCell[], captions: PixelBox[], walls: PixelBox[], dark: number, k: number): Phrase[] {
  const found: Phrase[] = [];
  for (const { box, contained, words, amount } of cells) {
    const cell = clampBox(grey, box);
    if (cell.x1 - cell.x0 < 4 || cell.y1 - cell.y0 < 4) continue;
    for (const band of bands(grey, cell, dark, k)) {
      const line = contained ? band : grow(grey, band, dark);
      let pieces = phrasesOf(grey, line, cell, dark, k, contained ? 0 : REACH, walls).filter((p) => !onCaption(p, captions));
      if (contained) pieces = pieces.filter((p) => p.y1 - p.y0 <= TYPED_HEIGHT * k && p.x0 >= cell.x0 && p.x1 <= cell.x1);
      found.push(...joinClose(pieces, captions, k).map((p) => ({ ...p, words, amount })));
    }
  }
  return dedupe(found);
}

const isDark = (grey: Grey, x: number, y: number, dark: number) => grey.data[y * grey.width + x] < dark;

/** A rule left in a cell (one the page's lines did not give): ink down most of a column. */
const RULE_SHARE = 0.6;

/** Lines of ink across a cell, top to bottom; a column inked down most of the cell is a rule, not ink. */
function bands(grey: Grey, cell: PixelBox, dark: number, k: number): PixelBox[] {
  const h = cell.y1 - cell.y0;
  const rule = new Uint8Array(cell.x1 - cell.x0);
  for (let x = cell.x0; x < cell.x1; x++) {
    let n = 0;
    for (let y = cell.y0; y < cell.y1; y++) if (isDark(grey, x, y, dark)) n++;
    rule[x - cell.x0] = n > RULE_SHARE * h && h > 6 * k ? 1 : 0;
  }
  const out: PixelBox[] = [];
  let current: PixelBox | null = null;
  let gap = 0;
  for (let y = cell.y0; y < cell.y1; y++) {
    let first = -1;
    let last = -1;
    let n = 0;
    for (let x = cell.x0; x < cell.x1; x++) {
      if (rule[x - cell.x0] || !isDark(grey, x, y, dark)) continue;
      n++;
      if (first < 0) first = x;
      last = x;
    }
    if (n >= 2) {
      if (current && gap <= 1) {
        current.y1 = y + 1;
        current.x0 = Math.min(current.x0, first);
        current.x1 = Math.max(current.x1, last + 1);
      } else {
        current = { x0: first, x1: last + 1, y0: y, y1: y + 1 };
        out.push(current);
      }
      gap = 0;
    } else gap++;
  }
  const small = MIN_LINE * k;
  const lines = out.filter((b) => b.y1 - b.y0 >= small);
  for (const b of out) {
    if (b.y1 - b.y0 >= small) continue;
    const near = lines.find((l) => Math.min(Math.abs(l.y0 - b.y1), Math.abs(b.y0 - l.y1)) <= 1.5 * k);
    if (near) Object.assign(near, { x0: Math.min(near.x0, b.x0), x1: Math.max(near.x1, b.x1), y0: Math.min(near.y0, b.y0), y1: Math.max(near.y1, b.y1) });
  }
  return lines;
}

/** A line's rows extended up and down while its letters go on past the cell's edge (at most half its height). */
function grow(grey: Grey, band: PixelBox, dark: number): PixelBox {
  const reach = Math.ceil(0.5 * (band.y1 - band.y0));
  const inked = (y: number) => {
    if (y < 0 || y >= grey.height) return false;
    for (let x = band.x0; x < band.x1; x++) if (isDark(grey, x, y, dark)) return true;
    return false;
  };
  let { y0, y1 } = band;
  while (y0 > band.y0 - reach && inked(y0 - 1)) y0--;
  while (y1 < band.y1 + reach && inked(y1)) y1++;
  return { ...band, y0, y1 };
}

/**
 * The phrases along a line: runs of inked columns; the first and last are followed out of the cell, up to `reachPt`
 * points, but not across a gap where one of the form's rules runs (letters crossing a rule have no gap there).
 */
function phrasesOf(grey: Grey, line: PixelBox, cell: PixelBox, dark: number, k: number, reachPt: number, walls: PixelBox[]): PixelBox[] {
  const reach = Math.round(reachPt * k);
  const x0 = Math.max(0, cell.x0 - reach);
  const x1 = Math.min(grey.width, cell.x1 + reach);
  const inked = new Uint8Array(x1 - x0);
  for (let y = line.y0; y < line.y1; y++) for (let x = x0; x < x1; x++) if (isDark(grey, x, y, dark)) inked[x - x0] = 1;
  const gap = PHRASE_GAP * k;
  const h = line.y1 - line.y0;
  const across = walls
    .filter((w) => w.y0 <= line.y0 + h / 2 && w.y1 >= line.y1 - h / 2 && w.x0 > x0 && w.x0 < x1)
    .map((w) => w.x0 - x0);
  const walled = (from: number, to: number) => to - from > WALL_GAP * k && across.some((x) => x > from && x < to);
  const runs: [number, number][] = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i < inked.length; i++) {
    if (!inked[i]) continue;
    if (start < 0 || i - last > gap || walled(last, i)) {
      if (start >= 0) runs.push([start, last + 1]);
      start = i;
    }
    last = i;
  }
  if (start >= 0) runs.push([start, last + 1]);
  // Only phrases with ink inside the cell are the cell's; they reach out of it as far as they go.
  return runs
    .map(([a, b]) => ({ x0: x0 + a, x1: x0 + b, y0: line.y0, y1: line.y1 }))
    .filter((p) => p.x1 > cell.x0 && p.x0 < cell.x1)
    .map((p) => tighten(grey, p, dark))
    .filter((p) => p.x1 - p.x0 >= 1.2 * k && p.y1 - p.y0 >= MIN_LINE * k);
}

/** The box of the ink itself. */
function tighten(grey: Grey, p: PixelBox, dark: number): PixelBox {
  let y0 = p.y1;
  let y1 = p.y0;
  for (let y = p.y0; y < p.y1; y++) {
    for (let x = p.x0; x < p.x1; x++) {
      if (!isDark(grey, x, y, dark)) continue;
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y + 1);
      break;
    }
  }
  return y1 > y0 ? { ...p, y0, y1 } : p;
}

const overlapArea = (a: PixelBox, b: PixelBox) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const area = (a: PixelBox) => (a.x1 - a.x0) * (a.y1 - a.y0);

/** A phrase lying on the form's captions (each widened a little for the scan's blur and the fit's error). */
function onCaption(p: PixelBox, captions: PixelBox[]): boolean {
  const h = p.y1 - p.y0;
  let covered = 0;
  for (const c of captions) covered += overlapArea(p, { x0: c.x0 - 0.3 * h, x1: c.x1 + 0.3 * h, y0: c.y0 - 0.3 * h, y1: c.y1 + 0.3 * h });
  return covered >= 0.85 * area(p);
}

/** Neighbouring phrases of a line, with no caption between them, read as one. */
function joinClose(pieces: PixelBox[], captions: PixelBox[], k: number): PixelBox[] {
  const out: PixelBox[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    const between = last && { x0: last.x1, x1: p.x0, y0: Math.min(last.y0, p.y0), y1: Math.max(last.y1, p.y1) };
    if (last && p.x0 - last.x1 < JOIN_GAP * k && !captions.some((c) => overlapArea(c, between) > 0)) {
      Object.assign(last, { x1: p.x1, y0: Math.min(last.y0, p.y0), y1: Math.max(last.y1, p.y1) });
    } else out.push({ ...p });
  }
  return out;
}

/** A phrase found from two cells (it crosses their border) is read once. */
function dedupe(phrases: Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  for (const p of phrases) {
    const same = out.find((o) => overlapArea(o, p) > 0.5 * Math.min(area(o), area(p)));
    if (same) Object.assign(same, { x0: Math.min(same.x0, p.x0), x1: Math.max(same.x1, p.x1), y0: Math.min(same.y0, p.y0), y1: Math.max(same.y1, p.y1), words: same.words || p.words, amount: same.amount || p.amount });
    else out.push({ ...p });
  }
  return out;
}
