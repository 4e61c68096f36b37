import type { Box } from "../../pdf/matrix";
import { isGlyph, labelKey, type Run } from "../../pdf/text-runs";
import { nearestAnchors, type PageWords, type Word } from "./anchors";
import { editionVariants } from "./editions";
import type { Located } from "./locate";

// The page's words that are not the form's own captions, each placed on the reference: what the agency printed.

export type ValueWord = Word & {
  id: number;
  /** The word's box in reference coordinates. */
  ref: Box;
  /** How far the labels around it disagree with the map: the placement's own uncertainty, in points. */
  uncertainty: number;
  isMark: boolean;
  /** The height of the word's printed line on the reference (the mean over the run's words). */
  lineY: number;
};

/** ZapfDingbats check marks come out of pdf.js as the letters and digits of their character codes. */
const DINGBAT_MARKS = /^[3-8nluv]$/;

export function isMark(text: string, run: Run): boolean {
  if (isGlyph(text) || /^[\u2610-\u2612\u2713-\u2718\u25a0\u25cf\u2022]$/.test(text)) return true;
  return /dingbat|zapf|wingding/i.test(run.font ?? "") && DINGBAT_MARKS.test(text);
}

/** Words of captions: the matched labels, and any whole run that spells a caption of some edition near its place. */
function captionWords(loc: Located): Set<number> {
  const used = new Set<number>();
  const { words, runs } = loc.words;
  // The anchors, and captions a little farther from their place than an anchor may be (a section drawn lower than
  // the rest): still captions, never values.
  const loose = nearestAnchors(loc.ref.labels, loc.words, (p) => loc.map.toPage(p), 20, loc.words.runs.some((r) => r.confidence < 1));
  for (const a of [...loc.anchors, ...loose]) {
    for (const w of a.span.words) used.add(w);
    if (a.label.cut) for (const w of parenthesisAfter(loc, a.span.box)) used.add(w);
  }
  const byRun = new Map<number, number[]>();
  words.forEach((w, i) => byRun.set(w.run, [...(byRun.get(w.run) ?? []), i]));
  for (const [ri, ids] of byRun) {
    const rest = ids.filter((i) => !used.has(i));
    if (rest.length === 0 || !isCaptionSized(runs[ri], loc)) continue;
    const key = rest.map((i) => words[i].key).join("");
    // A whole run spelling a caption, or what is left of a run whose caption was matched in part ("ALL OWNED" where
    // 2016/03 prints "OWNED"): captions too, at a caption's place.
    if (loc.ref.labelKeys.has(key) && isCaptionPlace(loc, key, words[rest[0]].box)) for (const i of rest) used.add(i);
    else if (rest.length < ids.length && rest.every((i) => CAPTION_WORDS.has(words[i].key) && isCaptionPlace(loc, "", words[i].box))) {
      for (const i of rest) used.add(i);
    }
  }
  return used;
}

/** The words of the coverage rows' captions in every edition (ALL, OWNED, AUTOS, HIRED…), by key. */
const CAPTION_WORDS = new Set(
  ["ALL", "ANY", "AUTO", "AUTOS", "OWNED", "HIRED", "NON-OWNED", "SCHEDULED", "ONLY", "OCCUR", "CLAIMS-MADE", "DED", "RETENTION", "EXCESS", "UMBRELLA", "LIAB"].map(labelKey),
);

/**
 * Where a caption may stand: near the form's own place for it, or, for the older editions' auto-row wording, in
 * the TYPE OF INSURANCE column. Anywhere else the same word is a value ("… of the named insured.").
 */
function isCaptionPlace(loc: Located, key: string, box: Box): boolean {
  const [x, y] = loc.map.toRef([box.x0, box.y0]);
  if (loc.ref.labels.some((l) => l.key === key && Math.abs(l.box.x0 - x) < 25 && Math.abs(l.box.y0 - y) < 8)) return true;
  // The older editions word the coverage rows' captions otherwise ("ALL OWNED" / "AUTOS" where 2016/03 prints
  // "OWNED" / "AUTOS ONLY"): in the TYPE OF INSURANCE column they are captions.
  const rowWording = key === "" || VARIANT_KEYS.has(key) || CAPTION_WORDS.has(key);
  return rowWording && x < 180 && y > 228 && y < 504;
}

const VARIANT_KEYS = new Set(editionVariants().map(labelKey));

/**
 * A caption's parenthesis runs on after the part the reference keeps ("… VEHICLES (ACORD 101, Additional …)"): the
 * words on its line from a "(" right after it to the ")", whichever runs they were cut into.
 */
function parenthesisAfter(loc: Located, box: Box): number[] {
  const size = Math.max(box.y1 - box.y0, 1);
  const line = loc.words.words
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => Math.abs(w.box.y0 - box.y0) < 0.4 * size && w.box.x0 >= box.x1 - 0.5)
    .sort((a, b) => a.w.box.x0 - b.w.box.x0);
  if (line.length === 0 || line[0].w.box.x0 - box.x1 > 3 * size || !textOf(loc, line[0].i).startsWith("(")) return [];
  const out: number[] = [];
  for (const { i } of line.slice(0, 24)) {
    out.push(i);
    if (textOf(loc, i).endsWith(")")) break;
  }
  return out;
}

const textOf = (loc: Located, i: number) => {
  const w = loc.words.words[i];
  return loc.words.runs[w.run].text.slice(w.start, w.end);
};

/** Captions print small (5–7 pt on the form); a value that happens to spell one ("POLICY") is usually larger. */
function isCaptionSized(run: Run, loc: Located): boolean {
  const scale = loc.map.global.y.scale;
  return run.size === undefined || run.size <= 7.5 * scale;
}

export function valueWords(loc: Located): ValueWord[] {
  const captions = captionWords(loc);
  const cells = loc.ref.slots.map((s) => s.cell);
  const out: ValueWord[] = [];
  loc.words.words.forEach((w, id) => {
    if (captions.has(id) || !nearAnyCell(loc, w.box, cells)) return;
    out.push(place(loc, loc.words, w, id));
  });
  // One printed line is at one height: its words' heights on the reference, which the local correction can make
  // differ by a point from one end of a long line to the other, are taken as their mean.
  const byRun = new Map<number, ValueWord[]>();
  for (const w of out) byRun.set(w.run, [...(byRun.get(w.run) ?? []), w]);
  for (const ws of byRun.values()) {
    const y = ws.reduce((sum, w) => sum + (w.ref.y0 + w.ref.y1) / 2, 0) / ws.length;
    for (const w of ws) w.lineY = y;
  }
  return out;
}

/** The global fit alone is within a few points: words it puts far from every box (the paragraphs) are skipped. */
function nearAnyCell(loc: Located, b: Box, cells: Box[]): boolean {
  const g = loc.map.global;
  const x = ((b.x0 + b.x1) / 2 - g.x.offset) / g.x.scale;
  const y = ((b.y0 + b.y1) / 2 - g.y.offset) / g.y.scale;
  return cells.some((c) => x > c.x0 - 12 && x < c.x1 + 12 && y > c.y0 - 12 && y < c.y1 + 12);
}

function place(loc: Located, page: PageWords, w: Word, id: number): ValueWord {
  const { box, centre } = loc.map.boxToRef(w.box);
  const text = page.runs[w.run].text.slice(w.start, w.end);
  return {
    ...w,
    id,
    ref: box,
    uncertainty: loc.map.localResidual(centre),
    lineY: centre[1],
    isMark: isMark(text, page.runs[w.run]),
  };
}
