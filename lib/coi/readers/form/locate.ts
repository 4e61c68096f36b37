import type { Frame } from "../../pdf/frame";
import type { Run } from "../../pdf/text-runs";
import { indexWords, nearestAnchors, uniqueAnchors, type Anchor, type PageWords } from "./anchors";
import { editionOfFooter } from "./editions";
import { fitGlobal, PageMap, type GlobalFit, type Pair } from "./fit";
import { captionPrefixes, references, type RefLabel, type Reference } from "./reference";

// Finds the ACORD 25 on a page: which edition's reference fits its labels, and how the page maps onto it. A page
// that is not the form (a carrier's own layout sharing some of its words) is refused here, so that the
// label-value reader gets it instead.

export type Located = {
  ref: Reference;
  map: PageMap;
  anchors: Anchor[];
  words: PageWords;
  /** The edition printed in the footer ("2016/03"), when there is one, and the run that prints it. */
  footer: string | null;
  footerRun: Run | null;
  frame: Frame;
  /** Labels found on the page away from the form's place for them: the boxes around them are not trusted. */
  displaced: RefLabel[];
};

/** The form prints about 90 labels; another layout matches a handful. */
const MIN_UNIQUE = 10;
const MIN_ANCHORS = 24;

/**
 * The anchor as a point pair: the caption's left edge, or its right edge or centre when the page aligns it so
 * (a caption centred in its cell moves its left edge when another font makes it wider), judged against a fit.
 */
function pairOf(a: Anchor, fit?: GlobalFit): Pair {
  const r = a.label.box;
  const p = a.span.box;
  const y: [number, number] = [r.y0, p.y0];
  if (!fit) return { ref: [r.x0, y[0]], page: [p.x0, y[1]] };
  const options: [number, number][] = [[r.x0, p.x0], [r.x1, p.x1], [(r.x0 + r.x1) / 2, (p.x0 + p.x1) / 2]];
  const off = ([rx, px]: [number, number]) => Math.abs(fit.x.scale * rx + fit.x.offset - px);
  const [rx, px] = options.reduce((best, o) => (off(o) < off(best) ? o : best));
  return { ref: [rx, y[0]], page: [px, y[1]] };
}

export type Fit = { map: PageMap; anchors: Anchor[]; displaced: RefLabel[] };

/**
 * The map of a page onto a reference through the labels both print. First the labels printed once on each, with a
 * field of their residuals (a section drawn a little lower follows its own labels, not the page's average); then
 * every label, repeated ones too, each matched to the copy nearest where that map predicts it.
 */
export function fitLabels(labels: RefLabel[], words: PageWords): Fit | null {
  const unique = uniqueAnchors(labels, words);
  if (unique.length < MIN_UNIQUE) return null;
  const first = fitGlobal(unique.map((a) => pairOf(a)));
  if (!first) return null;
  let map = new PageMap(first, unique.map((a) => pairOf(a, first)));
  let anchors: Anchor[] = [];
  // Twice: the second pass predicts repeated labels (EACH OCCURRENCE, $) from a map that already knows the drift.
  const fuzzy = words.runs.some((r) => r.confidence < 1);
  for (const tolerance of [14, 8]) {
    anchors = nearestAnchors(labels, words, (p) => map.toPage(p), tolerance, fuzzy);
    const global = fitGlobal(anchors.map((a) => pairOf(a, map.global)));
    if (!global) return null;
    map = new PageMap(global, anchors.map((a) => pairOf(a, global)));
  }
  // A label printed once on the form and once on the page, but far from where the map puts it: that part of the
  // page is laid out otherwise (a carrier's own print of the sections), and its boxes cannot be trusted.
  const matched = new Set(anchors.map((a) => a.label));
  const displaced = unique.filter((a) => {
    if (matched.has(a.label)) return false;
    const { ref: r, page: p } = pairOf(a, map.global);
    const [px, py] = map.toPage(r);
    return Math.hypot(px - p[0], py - p[1]) > 15;
  });
  return { map, anchors, displaced: displaced.map((a) => a.label) };
}

function acceptable(fit: Fit, ref: Reference): boolean {
  const { x, y, residual } = fit.map.global;
  if (fit.anchors.length < MIN_ANCHORS || residual > 8) return false;
  // Many of the form's labels elsewhere than the form prints them: another layout that uses the same words.
  if (fit.displaced.length > 0.25 * fit.anchors.length) return false;
  // Printed to fit another paper size, a form keeps its proportions.
  if (Math.abs(x.scale - y.scale) > 0.12 * x.scale) return false;
  // The labels must span the form: top, grid and bottom, not one corner of a page that shares some words.
  const ys = fit.anchors.map((a) => a.label.box.y0);
  return Math.max(...ys) - Math.min(...ys) > 0.5 * ref.page[1];
}

export function locateForm(runs: Run[], frame: Frame): Located | null {
  // OCR'd words (a confidence below 1) misspell captions: they are matched by place and approximate spelling.
  const ocr = runs.some((r) => r.confidence < 1);
  const words = indexWords(runs, ocr ? undefined : captionPrefixes());
  const footerRun = runs.find((r) => editionOfFooter(r.text) !== null) ?? null;
  const footer = footerRun ? editionOfFooter(footerRun.text) : null;
  let best: Located | null = null;
  let bestScore = -Infinity;
  // The edition the footer names is tried first; when it fits, the others need not be.
  const ordered = [...references()].sort((a, b) => Number(b.edition === footer) - Number(a.edition === footer));
  for (const ref of ordered) {
    const fit = fitLabels(ref.labels, words);
    if (!fit || !acceptable(fit, ref)) continue;
    // The footer names the edition when it is printed; otherwise the reference that more labels agree with wins.
    const score: number = fit.anchors.length - 4 * fit.map.global.residual + (footer === ref.edition ? 1000 : 0);
    if (score > bestScore) [best, bestScore] = [{ ref, map: fit.map, anchors: fit.anchors, displaced: fit.displaced, words, footer, footerRun, frame }, score];
    if (ref.edition === footer) break;
  }
  return best;
}
