import type { Glyph, PageContent } from "./page-content";
import type { Run } from "./text-runs";
import { readingFrame, type Frame } from "./frame";
import type { Box } from "./matrix";

// Visible glyphs → runs of text as a person reads them: upright (a page stored sideways is turned), one baseline,
// words a space apart. Programs cut text anywhere (whole lines, words, single glyphs, one TJ spanning several boxes
// with kerning jumps), so runs are rebuilt from glyph positions alone; each run keeps its glyphs' x boundaries so
// a reader can cut it exactly where a box ends.

/** Glyphs printed twice at the same place with the same text: fake bold, or a value printed over itself. */
const SAME_PLACE = 0.3;

export type PageRuns = { runs: Run[]; frame: Frame };

const cache = new WeakMap<PageContent, Map<number, PageRuns>>();

/** The runs of a page, built once per page content (several readers ask for them). */
export function runsOfPage(content: PageContent, page: number): PageRuns {
  let byPage = cache.get(content);
  if (!byPage) cache.set(content, (byPage = new Map()));
  let runs = byPage.get(page);
  if (!runs) byPage.set(page, (runs = buildPageRuns(content, page)));
  return runs;
}

function buildPageRuns(content: PageContent, page: number): PageRuns {
  const frame = readingFrame(content);
  const visible: Glyph[] = [];
  const hidden: Glyph[] = [];
  for (const g of content.glyphs) {
    if (g.isSpace) continue;
    if (Math.abs(angleDelta(g.angle, frame.textAngle)) > 5) continue;
    (g.hidden ? hidden : visible).push(frame.toReading(g));
  }
  const walls = content.rules.map(frame.readBox).filter((r) => r.x1 - r.x0 < 1.5 && r.y1 - r.y0 > 6).sort((a, b) => a.x0 - b.x0);
  markCut(visible, hidden);
  return { runs: buildRuns(dedupe(visible), page, frame, walls), frame };
}

/**
 * A visible glyph beside a glyph of the same line hidden by its box's clip: the value is cut off where its box
 * ends (a name longer than the field), so what a person reads is not the whole value.
 */
function markCut(visible: Glyph[], hidden: Glyph[]) {
  const clipped = hidden.filter((h) => h.hidden === "clipped" || h.hidden === "outside");
  if (clipped.length === 0) return;
  for (const g of visible) {
    const cut = clipped.some((h) => h.order === g.order && Math.abs(h.box.y0 - g.box.y0) < 0.3 * g.size && Math.abs(h.box.x0 - g.box.x1) < 0.6 * g.size);
    if (cut) (g as Placed).cut = true;
  }
}

const angleDelta = (a: number, b: number) => ((a - b + 540) % 360) - 180;

type Placed = Glyph & { overprinted?: boolean; cut?: boolean };

/** Drops exact repeats; marks glyphs that overlap a different glyph (a stale value still visible under a new one). */
function dedupe(glyphs: Glyph[]): Placed[] {
  // Band by baseline first: only glyphs of one line can sit on each other.
  const byY = [...glyphs].sort((a, b) => b.box.y0 - a.box.y0);
  const out: Placed[] = [];
  for (let start = 0; start < byY.length; ) {
    let end = start + 1;
    while (end < byY.length && byY[start].box.y0 - byY[end].box.y0 <= 0.4 * byY[start].size) end++;
    const band = byY.slice(start, end).sort((a, b) => a.box.x0 - b.box.x0);
    const kept: Placed[] = [];
    for (const g of band) {
      const w = Math.max(g.box.x1 - g.box.x0, 0.1);
      let duplicate = false;
      for (let i = kept.length - 1; i >= 0 && kept[i].box.x0 > g.box.x0 - 2 * g.size; i--) {
        const o = kept[i];
        const dy = Math.abs(o.box.y0 - g.box.y0);
        if (dy > 0.4 * g.size) continue;
        const overlap = Math.min(o.box.x1, g.box.x1) - Math.max(o.box.x0, g.box.x0);
        if (overlap < 0.5 * Math.min(w, o.box.x1 - o.box.x0)) continue;
        if (o.text === g.text && Math.abs(o.box.x0 - g.box.x0) < SAME_PLACE * g.size && dy < SAME_PLACE * g.size) {
          duplicate = true;
          break;
        }
        o.overprinted = true;
        (g as Placed).overprinted = true;
      }
      if (!duplicate) kept.push(g);
    }
    out.push(...kept);
    start = end;
  }
  return out;
}

function lineKey(g: Glyph) {
  return g.box.y0;
}

/** A ruling line of the form drawn between two glyphs: they are in different boxes, however close. */
function wallBetween(walls: Box[], a: Glyph, b: Glyph): boolean {
  const from = (a.box.x0 + a.box.x1) / 2;
  const to = (b.box.x0 + b.box.x1) / 2;
  const y = (a.box.y0 + a.box.y1) / 2;
  for (const w of walls) {
    if (w.x0 > to) break;
    if (w.x1 >= from && w.y0 <= y && w.y1 >= y) return true;
  }
  return false;
}

function buildRuns(glyphs: Placed[], page: number, frame: Frame, walls: Box[]): Run[] {
  const sorted = [...glyphs].sort((a, b) => lineKey(b) - lineKey(a) || a.box.x0 - b.box.x0);
  // Lines: glyphs whose baselines agree within a third of the smaller size.
  const lines: Placed[][] = [];
  for (const g of sorted) {
    // Glyphs come top to bottom, so a glyph's line is one of the last few begun.
    let line: Placed[] | undefined;
    for (let i = lines.length - 1; i >= 0 && lineKey(lines[i][0]) - lineKey(g) <= 2 * g.size; i--) {
      if (Math.abs(lineKey(lines[i][0]) - lineKey(g)) <= 0.35 * Math.min(lines[i][0].size, g.size)) {
        line = lines[i];
        break;
      }
    }
    if (line) line.push(g);
    else lines.push([g]);
  }
  const runs: Run[] = [];
  for (const line of lines) {
    let current: { glyphs: Placed[]; text: string; xs: number[] } | null = null;
    let wallLeft: Run | undefined;
    for (const g of inDrawingChunks(line)) {
      const prev = current?.glyphs[current.glyphs.length - 1];
      const gap = prev ? g.box.x0 - prev.box.x1 : Infinity;
      const size = prev ? Math.min(prev.size, g.size) : g.size;
      const space = spaceWidth(prev ?? g, size);
      // The form's captions and the agency's values are set in different fonts: a change of font is a boundary
      // even where two pieces touch (a value overflowing onto the next box's caption).
      const sameFont = !prev || prev.font === g.font;
      // A ruling line between two words puts them in different boxes; inside a word it is an overflow.
      const walled = !!prev && gap > 0.12 * size && wallBetween(walls, prev, g);
      // Two pieces of text drawn apart that happen to touch ("…Liability" + "GL-42" in a cramped table) are two
      // runs, as the program wrote them; a glyph drawn on its own (text set letter by letter) continues its word.
      const piecesTouch = !!prev && prev.order !== g.order && gap < 0.12 * size && chunkSize(line, prev) > 1 && chunkSize(line, g) > 1;
      const sameRun = prev && sameFont && !walled && !piecesTouch && gap < 2.6 * space && gap > -0.5 * size && Math.max(prev.size, g.size) / size < 1.12;
      if (!current || !sameRun) {
        if (current) {
          const run = toRun(current, page, frame, wallLeft);
          runs.push(run);
          wallLeft = walled ? run : undefined;
        }
        current = { glyphs: [g], text: g.text, xs: [g.box.x0] };
        for (let k = 1; k < g.text.length; k++) current.xs.push(g.box.x0 + ((g.box.x1 - g.box.x0) * k) / g.text.length);
        current.xs.push(g.box.x1);
        continue;
      }
      if (gap > 0.12 * size) {
        current.text += " ";
        current.xs.push(g.box.x0);
      }
      current.glyphs.push(g);
      current.text += g.text;
      current.xs[current.xs.length - 1] = Math.max(current.xs[current.xs.length - 1], g.box.x0);
      // A glyph whose text is several characters (a ligature) shares its width among them.
      for (let k = 1; k < g.text.length; k++) current.xs.push(g.box.x0 + ((g.box.x1 - g.box.x0) * k) / g.text.length);
      current.xs.push(g.box.x1);
    }
    if (current) runs.push(toRun(current, page, frame, wallLeft));
  }
  return runs;
}

/**
 * A line's glyphs left to right, but each piece of text the program drew at once kept together: two captions that
 * overlap (a header too wide for its column running into the next) must not interleave letter by letter; the
 * second starts a run of its own where it overlaps the first.
 */
function inDrawingChunks(line: Placed[]): Placed[] {
  const chunks = new Map<number, Placed[]>();
  for (const g of line) {
    const chunk = chunks.get(g.order);
    if (chunk) chunk.push(g);
    else chunks.set(g.order, [g]);
  }
  const sorted = [...chunks.values()].map((c) => c.sort((a, b) => a.box.x0 - b.box.x0));
  sorted.sort((a, b) => a[0].box.x0 - b[0].box.x0);
  return sorted.flat();
}

const chunkSizes = new WeakMap<Placed[], Map<number, number>>();

/** How many glyphs of the line were drawn together with g. */
function chunkSize(line: Placed[], g: Placed): number {
  let sizes = chunkSizes.get(line);
  if (!sizes) {
    sizes = new Map();
    for (const x of line) sizes.set(x.order, (sizes.get(x.order) ?? 0) + 1);
    chunkSizes.set(line, sizes);
  }
  return sizes.get(g.order) ?? 1;
}

/** Roughly one space of the glyph's font: monospace fonts have wide spaces. */
function spaceWidth(g: Glyph, size: number): number {
  return /courier|mono|consol|lucida ?console/i.test(g.font) ? 0.6 * size : 0.3 * size;
}

function toRun(r: { glyphs: Placed[]; text: string; xs: number[] }, page: number, frame: Frame, wallLeft?: Run): Run {
  const ys0 = r.glyphs.map((g) => g.box.y0);
  const ys1 = r.glyphs.map((g) => g.box.y1);
  const size = Math.max(...r.glyphs.map((g) => g.size));
  return {
    text: r.text,
    page,
    x0: r.xs[0],
    x1: r.xs[r.xs.length - 1],
    y0: Math.min(...ys0),
    y1: Math.max(...ys1),
    confidence: 1,
    pageSize: [frame.width, frame.height],
    xs: normalizeXs(r.xs, r.text.length),
    size,
    font: r.glyphs[0].font,
    overprinted: r.glyphs.some((g) => g.overprinted) || undefined,
    cut: r.glyphs.some((g) => g.cut) || undefined,
    frame,
    wallLeft,
  };
}

/** One boundary per character and one at the end: xs[i] is where character i starts. */
function normalizeXs(xs: number[], length: number): number[] {
  if (xs.length === length + 1) return xs;
  // Defensive: spread evenly when the bookkeeping disagrees with the text (should not happen).
  const x0 = xs[0];
  const x1 = xs[xs.length - 1];
  return Array.from({ length: length + 1 }, (_, i) => x0 + ((x1 - x0) * i) / Math.max(length, 1));
}
