import type { Frame } from "../../pdf/frame";
import type { Run } from "../../pdf/text-runs";
import { indexWords, nearestAnchors, uniqueAnchors, type Anchor, type PageWords } from "./anchors";
import { editionOfFooter } from "./editions";
import { fitGlobal, PageMap, type Pair } from "./fit";
import { references, type Reference } from "./reference";

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
};

/** The form prints about 90 labels; another layout matches a handful. */
const MIN_UNIQUE = 10;
const MIN_ANCHORS = 24;

const pairOf = (a: Anchor): Pair => ({ ref: [a.label.box.x0, a.label.box.y0], page: [a.span.box.x0, a.span.box.y0] });

function fitTo(ref: Reference, words: PageWords): { map: PageMap; anchors: Anchor[] } | null {
  const unique = uniqueAnchors(ref.labels, words);
  if (unique.length < MIN_UNIQUE) return null;
  const first = fitGlobal(unique.map(pairOf));
  if (!first) return null;
  let map = new PageMap(first, first.kept);
  let anchors: Anchor[] = [];
  // Twice: the second pass predicts repeated labels (EACH OCCURRENCE, $) from a map that already knows the drift.
  for (const tolerance of [14, 8]) {
    anchors = nearestAnchors(ref.labels, words, (l) => map.toPage([l.box.x0, l.box.y0]), tolerance);
    const global = fitGlobal(anchors.map(pairOf));
    if (!global) return null;
    map = new PageMap(global, anchors.map(pairOf));
  }
  return { map, anchors };
}

function acceptable(fit: { map: PageMap; anchors: Anchor[] }, ref: Reference): boolean {
  const { x, y, residual } = fit.map.global;
  if (fit.anchors.length < MIN_ANCHORS || residual > 8) return false;
  // Printed to fit another paper size, a form keeps its proportions.
  if (Math.abs(x.scale - y.scale) > 0.12 * x.scale) return false;
  // The labels must span the form: top, grid and bottom, not one corner of a page that shares some words.
  const ys = fit.anchors.map((a) => a.label.box.y0);
  return Math.max(...ys) - Math.min(...ys) > 0.5 * ref.page[1];
}

export function locateForm(runs: Run[], frame: Frame): Located | null {
  const words = indexWords(runs);
  const footerRun = runs.find((r) => editionOfFooter(r.text) !== null) ?? null;
  const footer = footerRun ? editionOfFooter(footerRun.text) : null;
  let best: Located | null = null;
  let bestScore = -Infinity;
  for (const ref of references()) {
    const fit = fitTo(ref, words);
    if (!fit || !acceptable(fit, ref)) continue;
    // The footer names the edition when it is printed; otherwise the reference that more labels agree with wins.
    const score = fit.anchors.length - 4 * fit.map.global.residual + (footer === ref.edition ? 1000 : 0);
    if (score > bestScore) [best, bestScore] = [{ ref, map: fit.map, anchors: fit.anchors, words, footer, footerRun, frame }, score];
  }
  return best;
}
