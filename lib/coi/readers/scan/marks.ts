import { recognizeChar } from "../../ocr/tesseract";
import { enlargeBox } from "../../ocr/resample";
import { inkShare } from "../../ocr/grey";
import { toPgm, type Grey } from "../../pdf/render-page";
import type { ItemWithConfidence } from "../../pdf/text-runs";
import type { Located } from "../form/locate";
import type { CellImage } from "./cell-lines";
import { readYesNoMark, type Mark } from "./yes-no-mark";
import { erasedBesideKept, squareNeighbours } from "./erased-ink";

// What OCR reads badly on a scanned ACORD 25: check boxes (the box's border and its X come out as "[X]", "[]", "0"
// or merge with the caption) and the one-letter boxes (INSR LTR, ADDL INSD, SUBR WVD), which line OCR often skips.
// Once the page is placed on the form (by its rules or its labels), both are looked at directly: a check box is
// checked when there is ink inside its border; an insurer letter is read alone, as a single character; a Y/N/X box
// by the letter's shape. What OCR read in those boxes is replaced.

/** A letter within 2 px of a rule that was painted out. */
const NEAR = squareNeighbours(2);

/** Share of dark pixels inside a check box's border: a thin printed "x" covers 5–6%, a bold X or ✓ 25%, paper ~0. */
const CHECKED = 0.02;
const SURELY_CHECKED = 0.035;
/** The same in the box's middle half, which a mark crosses. */
const CHECKED_MIDDLE = 0.04;
/**
 * Any ink at all on the letter's line of a one-letter box: a 7 pt "A" in the wide INSR LTR column covers about 1.5%
 * of it, an empty box after the rules are painted out 0.0–0.1%.
 */
const INKED = 0.006;

/** Below the review threshold: a letter part of which may have gone with a rule. */
const DAMAGED = 0.7;

const INSURER_LETTER = /InsurerLetterCode/;
const YES_NO = /AdditionalInsuredCode|SubrogationWaivedCode|AnyPersonsExcludedIndicator/;

type PageRect = { x0: number; y0: number; x1: number; y1: number };

/** The check boxes and one-letter boxes that line OCR is not asked to read. */
export const MARK_CELL = /InsurerLetterCode|AdditionalInsuredCode|SubrogationWaivedCode|AnyPersonsExcludedIndicator/;

/**
 * `clean`: the page with its rules painted out (the letters are read from it, a rule beside a letter being no part
 * of it); check boxes are read from the page itself, their borders a known distance away.
 */
export async function readMarks(loc: Located, items: ItemWithConfidence[], image: CellImage, clean: Grey): Promise<ItemWithConfidence[]> {
  const { grey, dpi } = image;
  const page = { number: image.page, width: image.width, height: image.height };
  const scale = loc.map.global.x.scale;
  const k = dpi / 72;
  // Share of ink in a box of page points, on the page or on the clean page.
  const ink = (r: PageRect, g: Grey = grey) => inkShare(g, { x0: r.x0 * k, y0: (page.height - r.y1) * k, x1: r.x1 * k, y1: (page.height - r.y0) * k });
  const out = [...items];
  const drop = (r: PageRect) => {
    for (let i = out.length - 1; i >= 0; i--) {
      const [x, y, w, h] = out[i].source.box;
      if (x + w / 2 > r.x0 - 0.5 && x + w / 2 < r.x1 + 0.5 && y + h / 2 > r.y0 - 0.5 && y + h / 2 < r.y1 + 0.5) out.splice(i, 1);
    }
  };
  const item = (text: string, confidence: number, x: number, y: number, w: number, h: number): ItemWithConfidence => ({
    text, confidence, source: { page: page.number, box: [x, y, w, h], page_size: [page.width, page.height] },
  });
  for (const slot of loc.ref.slots) {
    const r = onPage(loc, slot.rect);
    if (slot.kind === "checkbox") {
      drop(r);
      // Inside the border, with room for the fit's error and the scan's blur; and in the box's middle, where an X
      // or a tick crosses and a border a little off never reaches.
      const share = ink(shrink(r, 1.3 * scale));
      const middle = ink(shrink(r, 0.3 * Math.min(r.x1 - r.x0, r.y1 - r.y0)));
      if (share >= CHECKED && middle >= CHECKED_MIDDLE) {
        const sure = share >= SURELY_CHECKED && middle >= 2 * CHECKED_MIDDLE;
        out.push(item("X", sure ? 0.95 : 0.7, r.x0 + 1, r.y0 + 1, 4, 4));
      }
    } else if (INSURER_LETTER.test(slot.name) || YES_NO.test(slot.name)) {
      // The whole ruled cell (agencies print the letter on the row's first line or its middle), clear of its rules.
      const cell = onPage(loc, slot.cell);
      const inCell = { ...shrink(cell, 1), x0: cell.x0 + 2, x1: cell.x1 - 2 };
      // The letter sits on one line of the row's tall cell: look at that line only.
      const inner = inkLine(clean, inCell, k, page.height, 12 * scale);
      if (ink(inner, clean) < INKED) {
        drop(cell);
        continue;
      }
      const box = pixels(inner, k, page.height, clean);
      const image = crop(clean, inner, k, page.height);
      const read = YES_NO.test(slot.name) ? checkedMark(readYesNoMark(clean, box), await recognizeChar(image, dpi, "YNX")) : await recognizeChar(image, dpi, "ABCDEF");
      if (!read) continue;
      drop(cell);
      const cx = (r.x0 + r.x1) / 2;
      // A letter printed against the cell's side is cut there, or lost the strokes the rule took with it: an N
      // without its left stem reads as a Y.
      const damaged = inkOnSides(clean, box) || erasedBesideKept(grey, clean, box, 128, NEAR, "kept");
      const confidence = damaged ? Math.min(read.confidence, DAMAGED) : read.confidence;
      out.push(item(read.text, confidence, cx - 2, r.y0 + (r.y1 - r.y0) / 2 - 2, 4, 5));
    }
  }
  return out;
}

function pixels(r: PageRect, k: number, pageHeight: number, grey: Grey) {
  return {
    x0: Math.max(0, Math.round(r.x0 * k)), y0: Math.max(0, Math.round((pageHeight - r.y1) * k)),
    x1: Math.min(grey.width, Math.round(r.x1 * k)), y1: Math.min(grey.height, Math.round((pageHeight - r.y0) * k)),
  };
}

function onPage(loc: Located, b: PageRect): PageRect {
  const [x0, y0] = loc.map.toPage([b.x0, b.y0]);
  const [x1, y1] = loc.map.toPage([b.x1, b.y1]);
  return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

/** The band of a cell, one line high, holding the most ink: where a one-letter value is printed. */
function inkLine(grey: Grey, r: PageRect, k: number, pageHeight: number, line: number): PageRect {
  const p = pixels(r, k, pageHeight, grey);
  const rows: number[] = [];
  for (let y = p.y0; y < p.y1; y++) {
    let dark = 0;
    for (let x = p.x0; x < p.x1; x++) if (grey.data[y * grey.width + x] < 128) dark++;
    rows.push(dark);
  }
  const h = Math.min(rows.length, Math.round(line * k));
  let best = 0;
  let sum = rows.slice(0, h).reduce((a, b) => a + b, 0);
  let bestSum = sum;
  for (let i = 1; i + h <= rows.length; i++) {
    sum += rows[i + h - 1] - rows[i - 1];
    if (sum > bestSum) [best, bestSum] = [i, sum];
  }
  // Pixel rows from the top → page points from the bottom.
  const top = pageHeight - (p.y0 + best) / k;
  return { x0: r.x0, x1: r.x1, y1: top, y0: top - h / k };
}

const shrink = (r: PageRect, by: number): PageRect => ({ x0: r.x0 + by, y0: r.y0 + by, x1: r.x1 - by, y1: r.y1 - by });

/** The box's pixels, enlarged to a letter about 40 pixels tall, on a white margin (tesseract wants room around it). */
function crop(grey: Grey, r: PageRect, k: number, pageHeight: number): Buffer {
  const box = { x0: r.x0 * k, y0: (pageHeight - r.y1) * k, x1: r.x1 * k, y1: (pageHeight - r.y0) * k };
  const scale = Math.max(1, Math.min(4, 48 / Math.max(1, box.y1 - box.y0)));
  return toPgm(enlargeBox(grey, box, scale, 16));
}

/**
 * Whether the ink in the box touches ink the rule painting removed: a pixel dark on the page, white on the clean
 * page, within two pixels of the letter's own (remaining) ink.
 */
/** Ink in the first or last column of the box: a letter going on past it. */
function inkOnSides(grey: Grey, r: { x0: number; y0: number; x1: number; y1: number }): boolean {
  for (let y = r.y0; y < r.y1; y++) {
    if (grey.data[y * grey.width + r.x0] < 128 || grey.data[y * grey.width + r.x1 - 1] < 128) return true;
  }
  return false;
}

/**
 * A Y/N/X box's letter by its shape, held against OCR's reading of it: the shape test knows a thin Y that OCR
 * misses, OCR a serif N whose hairline stems the shape test takes for an X. Where they disagree, or OCR reads no
 * letter where the shape says N or X, the reading asks a person.
 */
function checkedMark(shape: Mark | null, ocr: { text: string; confidence: number } | null): Mark | null {
  if (!shape) return ocr && ocr.confidence >= 0.8 ? { text: ocr.text as Mark["text"], confidence: DAMAGED } : null;
  if (ocr?.text === shape.text) return shape;
  if (!ocr && shape.text === "Y") return shape;
  return { text: ocr && ocr.confidence >= 0.8 ? (ocr.text as Mark["text"]) : shape.text, confidence: Math.min(shape.confidence, DAMAGED) };
}
