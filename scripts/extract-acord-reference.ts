// `npx tsx scripts/extract-acord-reference.ts`: derives the flattened reader's reference from the REAL blank ACORD 25
// forms in ../shared (never from a drawing of ours) and writes lib/coi/acord25/reference/*.json: the short printed
// labels with their boxes, each AcroForm field's box and the ruled cell around it, and the ruling lines.
// Only coordinates and short captions are committed; the form itself and its paragraphs stay out of the repository.
//
// 2016/03 is an AcroForm: its widgets give the boxes. 2025/12 is an agency's print of the blank with no fields:
// its boxes are 2016/03's carried over through the labels both print (the reader's own page-to-reference fit), then
// bounded by 2025/12's own ruling lines.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { openPdf } from "../lib/coi/pdf/open-pdf";
import { readPageContent } from "../lib/coi/pdf/page-content";
import { runsOfPage } from "../lib/coi/pdf/glyph-runs";
import { labelKey, type Run } from "../lib/coi/pdf/text-runs";
import type { Box } from "../lib/coi/pdf/matrix";
import { bareFieldName } from "../lib/coi/pdf/pdf-pages";
import { REAL_BLANK_2016, REAL_BLANK_2025, sharedFile, sharedMissing } from "../lib/coi/shared-data";
import { indexWords } from "../lib/coi/readers/form/anchors";
import type { PageMap } from "../lib/coi/readers/form/fit";
import { fitLabels } from "../lib/coi/readers/form/locate";
import type { Rect, ReferenceBox, ReferenceData, ReferenceLabel } from "../lib/coi/readers/form/reference-data";
import type { RefLabel } from "../lib/coi/readers/form/reference";

const OUT = path.join("lib", "coi", "acord25", "reference");
/** Longer lines are the form's paragraphs (disclaimers, notices): never committed. */
const MAX_LABEL = 50;
/** An agency's print of the 2025/12 blank carries its operator's stamp: not part of the form. */
const STAMPS = [/^AJK$/, /^Printed by\b/i];

const round = (n: number) => Math.round(n * 10) / 10;
const rect = (b: Box): Rect => [round(b.x0), round(b.y0), round(b.x1), round(b.y1)];

async function pageOf(file: string) {
  const doc = await openPdf(new Uint8Array((await import("node:fs")).readFileSync(file)));
  const page = await doc.getPage(1);
  const content = await readPageContent(page);
  return { doc, page, content, runs: runsOfPage(content, 1).runs };
}

/**
 * Captions only. A run longer than MAX_LABEL is a paragraph, except a heading cut before its "(…)"; a short run is
 * a paragraph's word when its line reads on with ordinary word gaps (justified disclaimers are set word by word).
 */
function labelsOf(runs: Run[]): ReferenceLabel[] {
  const lines: Run[][] = [];
  for (const r of runs) {
    const line = lines.find((l) => Math.abs(l[0].y0 - r.y0) < 1 && Math.abs((l[0].size ?? 0) - (r.size ?? 0)) < 0.6);
    if (line) line.push(r);
    else lines.push([r]);
  }
  const kept: Run[] = [];
  const prose: Run[] = [];
  const out: ReferenceLabel[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x0 - b.x0);
    for (const [i, r] of line.entries()) {
      if (STAMPS.some((re) => re.test(r.text))) continue;
      if (r.text.length > MAX_LABEL) {
        const cut = r.text.indexOf(" (");
        if (cut >= 10 && cut <= MAX_LABEL && r.xs) out.push({ text: r.text.slice(0, cut), box: rect({ x0: r.x0, y0: r.y0, x1: r.xs[cut], y1: r.y1 }), cut: true });
        else prose.push(r);
        continue;
      }
      if (inParagraph(line, i)) prose.push(r);
      else kept.push(r);
    }
  }
  // The short last line of a paragraph ("ACCORDANCE WITH THE POLICY PROVISIONS.") is prose too.
  for (const r of kept) {
    const endsParagraph = prose.some((p) => p.size === r.size && Math.abs(p.x0 - r.x0) < 2 && p.y0 > r.y0 && p.y0 - r.y0 < 1.6 * (r.size ?? 6));
    if (!endsParagraph) out.push({ text: r.text, box: rect(r) });
  }
  return out;
}

/** The stretch of runs around line[i] joined by word-sized gaps reads as prose: longer than a caption. */
function inParagraph(line: Run[], i: number): boolean {
  const near = (a: Run, b: Run) => b.x0 - a.x1 < 1.5 * (a.size ?? 6);
  let from = i;
  let to = i;
  while (from > 0 && near(line[from - 1], line[from])) from--;
  while (to < line.length - 1 && near(line[to], line[to + 1])) to++;
  return line.slice(from, to + 1).reduce((n, r) => n + r.text.length + 1, -1) > MAX_LABEL;
}

/** The ruled cell around a box: the nearest ruling line on each side that crosses the box's centre line. */
function cellAround(b: Box, rules: Box[], page: [number, number]): Box {
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  const vertical = rules.filter((r) => r.x1 - r.x0 < 1.5 && r.y1 - r.y0 > 3 && r.y0 - 0.5 <= cy && r.y1 + 0.5 >= cy);
  const horizontal = rules.filter((r) => r.y1 - r.y0 < 1.5 && r.x1 - r.x0 > 3 && r.x0 - 0.5 <= cx && r.x1 + 0.5 >= cx);
  const mid = (r: Box, axis: "x" | "y") => (axis === "x" ? (r.x0 + r.x1) / 2 : (r.y0 + r.y1) / 2);
  const left = Math.max(0, ...vertical.map((r) => mid(r, "x")).filter((x) => x < cx - 1 && x <= b.x0 + 3));
  const right = Math.min(page[0], ...vertical.map((r) => mid(r, "x")).filter((x) => x > cx + 1 && x >= b.x1 - 3));
  const bottom = Math.max(0, ...horizontal.map((r) => mid(r, "y")).filter((y) => y < cy - 1 && y <= b.y0 + 3));
  const top = Math.min(page[1], ...horizontal.map((r) => mid(r, "y")).filter((y) => y > cy + 1 && y >= b.y1 - 3));
  return { x0: left, y0: bottom, x1: right, y1: top };
}

type Widget = { name: string; kind: "text" | "checkbox"; box: Box };

async function widgetsOf(doc: Awaited<ReturnType<typeof openPdf>>): Promise<Widget[]> {
  const objects = ((await doc.getFieldObjects()) ?? {}) as Record<string, { type?: string; rect?: number[]; page?: number }[]>;
  const out: Widget[] = [];
  for (const [name, entries] of Object.entries(objects)) {
    for (const o of entries) {
      if (o.page !== 0 || !o.rect) continue;
      const [x0, y0, x1, y1] = o.rect;
      // The edition identifier is a hidden field with an empty rectangle.
      if (x1 - x0 < 1 || y1 - y0 < 1) continue;
      out.push({ name: bareFieldName(name), kind: o.type === "checkbox" ? "checkbox" : "text", box: { x0, y0, x1, y1 } });
    }
  }
  return out;
}

const asRefLabels = (labels: ReferenceLabel[]): RefLabel[] => {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(labelKey(l.text), (counts.get(labelKey(l.text)) ?? 0) + 1);
  return labels.map((l, index) => ({
    text: l.text, key: labelKey(l.text), index, unique: counts.get(labelKey(l.text)) === 1,
    box: { x0: l.box[0], y0: l.box[1], x1: l.box[2], y1: l.box[3] },
  }));
};

/** 2016/03's boxes carried onto another edition's page through the labels both print (the reader's own fit). */
function carryOver(from: ReferenceData, to: Run[]): { map: PageMap; anchors: number } {
  const fit = fitLabels(asRefLabels(from.labels), indexWords(to));
  if (!fit) throw new Error("the 2025/12 blank does not fit 2016/03's labels");
  return { map: fit.map, anchors: fit.anchors.length };
}

/**
 * Captions outside the form's frame (the footer's edition and copyright lines) move on their own from one program
 * to the next; they would pull the fit of the boxes near them. The reader finds the edition in the footer by its
 * wording instead.
 */
function insideFrame(labels: ReferenceLabel[], rules: Box[], page: [number, number]): ReferenceLabel[] {
  const wide = rules.filter((r) => r.y1 - r.y0 < 1.5 && r.x1 - r.x0 > 0.25 * page[0]);
  const bottom = Math.min(...wide.map((r) => r.y0));
  const top = Math.max(...rules.map((r) => r.y1));
  return labels.filter((l) => l.box[1] >= bottom - 1 && l.box[3] <= top + 1);
}

const centre = (b: Box): [number, number] => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
const pointBox = ([x, y]: [number, number]): Box => ({ x0: x - 0.5, y0: y - 0.5, x1: x + 0.5, y1: y + 0.5 });

function mapped(map: PageMap, b: Box): Box {
  const [x0, y0] = map.toPage([b.x0, b.y0]);
  const [x1, y1] = map.toPage([b.x1, b.y1]);
  return { x0, y0, x1, y1 };
}

/** The box's ruled cell on the other edition is the same cell when it has about the same size. */
function sameCell(a: Box, b: Box, scale: number): boolean {
  const ratio = (p: number, q: number) => (q > 0 ? p / q : 0);
  const w = ratio(b.x1 - b.x0, (a.x1 - a.x0) * scale);
  const h = ratio(b.y1 - b.y0, (a.y1 - a.y0) * scale);
  return w > 0.7 && w < 1.4 && h > 0.6 && h < 1.6;
}

/**
 * The box at the same place within its cell: the editions rule the same cells, but a cell sits a few points higher
 * or lower on the page from one to the other, which a map fitted on captions alone cannot know below the last one.
 */
function placeIn(b: Box, from: Box, to: Box): Box {
  const fx = (x: number) => to.x0 + ((x - from.x0) / (from.x1 - from.x0)) * (to.x1 - to.x0);
  const fy = (y: number) => to.y0 + ((y - from.y0) / (from.y1 - from.y0)) * (to.y1 - to.y0);
  return { x0: fx(b.x0), y0: fy(b.y0), x1: fx(b.x1), y1: fy(b.y1) };
}

function write(data: ReferenceData, file: string) {
  writeFileSync(path.join(OUT, file), JSON.stringify(data, null, 0).replace(/\},\{/g, "},\n{").replace(/\],\[/g, "],\n[") + "\n");
  console.log(`${file}: ${data.labels.length} labels, ${data.boxes.length} boxes, ${data.rules.length} rules`);
}

async function main() {
  const missing = sharedMissing(REAL_BLANK_2016) ?? sharedMissing(REAL_BLANK_2025);
  if (missing) {
    console.log(missing);
    return;
  }
  const blank = await pageOf(sharedFile(REAL_BLANK_2016)!);
  const size: [number, number] = [blank.content.width, blank.content.height];
  const widgets = await widgetsOf(blank.doc);
  const boxes: ReferenceBox[] = widgets.map((w) => ({ name: w.name, kind: w.kind, rect: rect(w.box), cell: rect(cellAround(w.box, blank.content.rules, size)) }));
  const ref2016: ReferenceData = {
    edition: "2016/03", source: path.basename(REAL_BLANK_2016), page: size, labels: insideFrame(labelsOf(blank.runs), blank.content.rules, size), boxes,
    rules: blank.content.rules.map(rect),
  };
  write(ref2016, "acord25-2016-03.json");

  const print = await pageOf(sharedFile(REAL_BLANK_2025)!);
  const size25: [number, number] = [print.content.width, print.content.height];
  const { map, anchors } = carryOver(ref2016, print.runs);
  const boxes25 = widgets.map((w) => {
    const cell16 = cellAround(w.box, blank.content.rules, size);
    const cell25 = cellAround(pointBox(map.toPage(centre(cell16))), print.content.rules, size25);
    const b = sameCell(cell16, cell25, map.global.x.scale) ? placeIn(w.box, cell16, cell25) : mapped(map, w.box);
    return { name: w.name, kind: w.kind, rect: rect(b), cell: rect(cellAround(b, print.content.rules, size25)) };
  });
  const labels25 = insideFrame(labelsOf(print.runs), print.content.rules, size25);
  write({ edition: "2025/12", source: path.basename(REAL_BLANK_2025), page: size25, labels: labels25, boxes: boxes25, rules: print.content.rules.map(rect) }, "acord25-2025-12.json");
  console.log(`2025/12 placed on 2016/03 through ${anchors} labels`);
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
