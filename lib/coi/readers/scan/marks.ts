import { recognizeChar } from "../../ocr/tesseract";
import { uprightFrame } from "../../pdf/frame";
import type { PdfPage } from "../../pdf/pdf-pages";
import { toPgm, type Grey } from "../../pdf/render-page";
import { mergeRuns, type ItemWithConfidence } from "../../pdf/text-runs";
import { locateForm, type Located } from "../form/locate";
import { readYesNoMark } from "./yes-no-mark";

// What OCR reads badly on a scanned ACORD 25: check boxes (the box's border and its X come out as "[X]", "[]", "0"
// or merge with the caption) and the one-letter boxes (INSR LTR, ADDL INSD, SUBR WVD), which sparse-text OCR
// often skips. Once the page is matched to the form through its labels, both are looked at directly: a check box
// is checked when there is ink inside its border; an insurer letter is read alone, as a single character; a Y/N/X
// box by the letter's shape.

/** Share of dark pixels inside a check box's border: an X or ✓ covers ~25%, paper with noise ~0. */
const CHECKED = 0.08;
const SURELY_CHECKED = 0.12;
/** Any ink at all in a one-letter box (a letter covers > 5% of it). */
const INKED = 0.015;

const INSURER_LETTER = /InsurerLetterCode/;
const YES_NO = /AdditionalInsuredCode|SubrogationWaivedCode|AnyPersonsExcludedIndicator/;

type PageRect = { x0: number; y0: number; x1: number; y1: number };

export async function readMarks(items: ItemWithConfidence[], grey: Grey, dpi: number, page: PdfPage): Promise<ItemWithConfidence[]> {
  const loc = locateForm(mergeRuns(items), uprightFrame(page.width, page.height));
  if (!loc) return items;
  const scale = loc.map.global.x.scale;
  const k = dpi / 72;
  const ink = (r: PageRect) => inkShare(grey, r.x0 * k, (page.height - r.y1) * k, r.x1 * k, (page.height - r.y0) * k);
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
      // Inside the border, with room for the fit's error and the scan's blur.
      const share = ink(shrink(r, 1.3 * scale));
      if (share >= CHECKED) out.push(item("X", share >= SURELY_CHECKED ? 0.95 : 0.7, r.x0 + 1, r.y0 + 1, 4, 4));
    } else if (INSURER_LETTER.test(slot.name) || YES_NO.test(slot.name)) {
      // The whole ruled cell (agencies print the letter on the row's first line or its middle), clear of its rules.
      const cell = onPage(loc, slot.cell);
      const inCell = { ...shrink(cell, 1), x0: cell.x0 + 2, x1: cell.x1 - 2 };
      // The letter sits on one line of the row's tall cell: look at that line only.
      const inner = inkLine(grey, inCell, k, page.height, 12 * scale);
      if (ink(inner) < INKED) {
        drop(cell);
        continue;
      }
      const read = YES_NO.test(slot.name)
        ? readYesNoMark(grey, pixels(inner, k, page.height, grey))
        : await recognizeChar(crop(grey, inner, k, page.height), dpi, "ABCDEF");
      if (!read) continue;
      drop(cell);
      const cx = (r.x0 + r.x1) / 2;
      out.push(item(read.text, read.confidence, cx - 2, r.y0 + (r.y1 - r.y0) / 2 - 2, 4, 5));
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

function inkShare(grey: Grey, x0: number, y0: number, x1: number, y1: number): number {
  const [a, b, c, d] = [Math.max(0, Math.round(x0)), Math.max(0, Math.round(y0)), Math.min(grey.width, Math.round(x1)), Math.min(grey.height, Math.round(y1))];
  let dark = 0;
  for (let y = b; y < d; y++) for (let x = a; x < c; x++) if (grey.data[y * grey.width + x] < 128) dark++;
  return dark / Math.max(1, (c - a) * (d - b));
}

/** The box's pixels on a white margin (tesseract wants room around a character). */
function crop(grey: Grey, r: PageRect, k: number, pageHeight: number): Buffer {
  const pad = 12;
  const x0 = Math.max(0, Math.round(r.x0 * k));
  const y0 = Math.max(0, Math.round((pageHeight - r.y1) * k));
  const w = Math.min(grey.width - x0, Math.round((r.x1 - r.x0) * k));
  const h = Math.min(grey.height - y0, Math.round((r.y1 - r.y0) * k));
  const out: Grey = { data: new Uint8Array((w + 2 * pad) * (h + 2 * pad)).fill(255), width: w + 2 * pad, height: h + 2 * pad };
  for (let y = 0; y < h; y++) out.data.set(grey.data.subarray((y0 + y) * grey.width + x0, (y0 + y) * grey.width + x0 + w), (y + pad) * out.width + pad);
  return toPgm(out);
}
