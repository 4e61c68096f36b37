import { estimateSkew } from "../../ocr/deskew";
import { paperLevel, turnGrey } from "../../ocr/grey";
import { rotateGrey } from "../../ocr/resample";
import { findRules, type PageRules, type RuleLine } from "../../ocr/rules";
import type { Grey } from "../../pdf/render-page";
import { references } from "../form/reference";
import type { PageImage } from "./page-image";
import { fitRules, fitScore, MIN_RULE, type PageLines, type RuleFit } from "./rule-fit";

// A scanned page made upright: turned level (fed up to 3° askew), then by quarter turns (a landscape scan of a
// portrait form, a page fed upside down) until the ACORD 25's ruling lines fit one of the editions the reader knows.
// What the reader then finds is in this upright page's points; `toOriginal` takes a box back to the page as it is
// displayed, so that the dashboard outlines it where the reviewer sees it.

export type Upright = {
  grey: Grey;
  dpi: number;
  page: number;
  /** The upright page in points (width and height swap after a quarter turn). */
  width: number;
  height: number;
  fit: RuleFit | null;
  /** The ruling lines found, in the upright page's pixels. */
  rules: PageRules;
  skew: number;
  quarters: number;
  /** A box in upright points (origin bottom-left) → the box around it on the displayed page. */
  toOriginal: (b: Box) => Box;
};

type Box = { x0: number; y0: number; x1: number; y1: number };

export function straighten(image: PageImage): Upright {
  const skew = estimateSkew(image.grey);
  const level = rotateGrey(image.grey, skew);
  const k = image.dpi / 72;
  const rules = findRules(level, 0.8 * MIN_RULE * k, Math.min(190, paperLevel(level) - 50));
  let best: { fit: RuleFit; quarters: number } | null = null;
  for (let quarters = 0; quarters < 4; quarters++) {
    const lines = pageLines(turnRules(rules, quarters, level), quarters % 2 ? level.width : level.height, k);
    for (const ref of references()) {
      const fit = fitRules(ref, lines);
      if (fit && (!best || fitScore(fit) > fitScore(best.fit))) best = { fit, quarters };
    }
  }
  const quarters = best?.quarters ?? 0;
  const grey = turnGrey(level, quarters);
  return {
    grey, dpi: image.dpi, page: image.page, width: grey.width / k, height: grey.height / k, fit: best?.fit ?? null, skew, quarters,
    rules: turnRules(rules, quarters, level),
    toOriginal: backToOriginal(image, level, quarters, skew),
  };
}

/** Lines found on the level page, as they lie once it is turned clockwise by `quarters` (see turnGrey). */
function turnRules(rules: PageRules, quarters: number, level: Grey): PageRules {
  const { width: w, height: h } = level;
  const line = (l: RuleLine, at: number, from: number, to: number): RuleLine => ({ ...l, at, from, to });
  const { horizontal: hs, vertical: vs } = rules;
  switch (quarters) {
    case 1: // (x, y) → (h − y, x)
      return { vertical: hs.map((l) => line(l, h - l.at, l.from, l.to)), horizontal: vs.map((l) => line(l, l.at, h - l.to, h - l.from)) };
    case 2: // (x, y) → (w − x, h − y)
      return { horizontal: hs.map((l) => line(l, h - l.at, w - l.to, w - l.from)), vertical: vs.map((l) => line(l, w - l.at, h - l.to, h - l.from)) };
    case 3: // (x, y) → (y, w − x)
      return { vertical: hs.map((l) => line(l, l.at, w - l.to, w - l.from)), horizontal: vs.map((l) => line(l, w - l.at, l.from, l.to)) };
    default:
      return rules;
  }
}

/** Pixel lines (origin top-left) → points with the origin bottom-left, as the reference is drawn. */
function pageLines(rules: PageRules, heightPx: number, k: number): PageLines {
  const height = heightPx / k;
  return {
    horizontal: rules.horizontal.map((l) => ({ at: height - l.at / k, from: l.from / k, to: l.to / k })),
    vertical: rules.vertical.map((l) => ({ at: l.at / k, from: height - l.to / k, to: height - l.from / k })),
  };
}

/** Upright points → upright pixels → before the quarter turns → before levelling → displayed points. */
function backToOriginal(image: PageImage, level: Grey, quarters: number, skew: number): (b: Box) => Box {
  const k = image.dpi / 72;
  const { width: w, height: h } = level;
  const uprightHeight = (quarters % 2 ? w : h) / k;
  const t = (skew * Math.PI) / 180;
  const [cx, cy] = [w / 2, h / 2];
  const point = (x: number, y: number): [number, number] => {
    let px = x * k;
    let py = (uprightHeight - y) * k;
    // Undo the clockwise quarter turns: (x, y) came from (y, h − x) after one turn, and so on.
    if (quarters === 1) [px, py] = [py, h - px];
    else if (quarters === 2) [px, py] = [w - px, h - py];
    else if (quarters === 3) [px, py] = [w - py, px];
    // Undo the levelling: the level page is the displayed one turned clockwise by the skew.
    const [dx, dy] = [px - cx, py - cy];
    const ox = cx + dx * Math.cos(t) + dy * Math.sin(t);
    const oy = cy - dx * Math.sin(t) + dy * Math.cos(t);
    return [ox / k, image.height - oy / k];
  };
  return (b) => {
    const corners = [point(b.x0, b.y0), point(b.x1, b.y0), point(b.x0, b.y1), point(b.x1, b.y1)];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  };
}
