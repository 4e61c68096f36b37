import type { Box } from "./matrix";
import type { Glyph, PageContent } from "./page-content";

// Which way up a page is read. Certificates arrive stored sideways (a landscape scan turned by /Rotate, content
// drawn rotated in a portrait page): the reader turns the page so that most of its text runs left to right, and
// reports boxes in the page as a viewer shows it (after /Rotate), which is what the dashboard draws on.

export type Frame = {
  /** The unrotated angle of the page's text, a multiple of 90. */
  textAngle: number;
  /** Size of the page turned upright for reading. */
  width: number;
  height: number;
  toReading(g: Glyph): Glyph;
  /** A box of the unrotated page (an image, a path) in the reading frame. */
  readBox(b: Box): Box;
  /** A box in the reading frame → the page as displayed (after /Rotate), origin bottom-left. */
  toDisplay(b: Box): Box;
  displaySize: [number, number];
};

type Turn = { map: (x: number, y: number) => [number, number]; size: [number, number] };

/** The page (w × h) turned clockwise by `deg` (0, 90, 180, 270). */
export function turn(deg: number, w: number, h: number): Turn {
  switch (((deg % 360) + 360) % 360) {
    case 90:
      return { map: (x, y) => [y, w - x], size: [h, w] };
    case 180:
      return { map: (x, y) => [w - x, h - y], size: [w, h] };
    case 270:
      return { map: (x, y) => [h - y, x], size: [h, w] };
    default:
      return { map: (x, y) => [x, y], size: [w, h] };
  }
}

export function turnBox(t: Turn, b: Box): Box {
  const [ax, ay] = t.map(b.x0, b.y0);
  const [bx, by] = t.map(b.x1, b.y1);
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

/** The most common text direction, by glyph count, rounded to a quarter turn. */
export function dominantAngle(glyphs: Glyph[]): number {
  const counts = new Map<number, number>();
  for (const g of glyphs) {
    if (g.hidden || g.isSpace) continue;
    const q = (Math.round((((g.angle % 360) + 360) % 360) / 90) * 90) % 360;
    counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  let best = 0;
  let n = -1;
  for (const [angle, count] of counts) if (count > n) [best, n] = [angle, count];
  return best;
}

export function readingFrame(content: PageContent): Frame {
  const textAngle = dominantAngle(content.glyphs);
  const { width: w, height: h, rotate } = content;
  const reading = turn(textAngle, w, h);
  const back = turn(360 - textAngle, reading.size[0], reading.size[1]);
  const display = turn(rotate, w, h);
  // Nearly every page is read as stored: no copy of its thousands of glyphs then.
  const upright = textAngle === 0;
  return {
    textAngle,
    width: reading.size[0],
    height: reading.size[1],
    toReading: upright ? (g) => g : (g) => ({ ...g, box: turnBox(reading, g.box) }),
    readBox: upright ? (b) => b : (b) => turnBox(reading, b),
    toDisplay: (b) => turnBox(display, turnBox(back, b)),
    displaySize: display.size,
  };
}

/** A page already upright (an OCR'd rendering): reading frame = displayed page. */
export function uprightFrame(width: number, height: number): Frame {
  const same = (b: Box) => b;
  return { textAngle: 0, width, height, toReading: (g) => g, readBox: same, toDisplay: same, displaySize: [width, height] };
}
