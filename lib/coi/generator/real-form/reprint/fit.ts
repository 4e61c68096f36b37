import type { DocFonts } from "../print/fonts";
import type { FormSlots, Rect } from "../types";
import type { Item } from "./items";
import type { ReprintStyle } from "./style";

// Step two: make every item legible. A value may run past its box (agency prints do) but never into the next value
// on its line nor onto the blank's own labels, where overlapping glyphs would leave even a person unsure; what would
// is printed smaller, as agency systems shrink to fit. Wrapped boxes break their text into lines and shrink until the lines fit the box.

export type FittedItem = Item & { lines: string[] };

const PAD = 1.5;
const MIN_SIZE = 4;

const sameLine = (a: Rect, b: Rect) => Math.abs(a.y - b.y) < 3 && Math.abs(a.y + a.height - (b.y + b.height)) < 3;

function wrap(text: string, fonts: DocFonts, item: Item, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let current = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (current && fonts.width(item.font, next, size) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
  }
  return lines;
}

/** The nearest label printed on the item's line, right of where its text starts. */
function labelRightOf(item: Item, labels: Rect[]): number {
  const start = item.box.x + PAD;
  return labels
    .filter((l) => l.x > start && l.y > item.box.y - 2 && l.y < item.box.y + item.box.height - 1)
    .reduce((min, l) => Math.min(min, l.x), Infinity);
}

export function fitItems(items: Item[], fonts: DocFonts, form: FormSlots, style: ReprintStyle): FittedItem[] {
  const pageWidth = form.pageSize[0];
  return items.map((item) => {
    if (item.kind === "check") return { ...item, lines: [] };
    if (item.kind === "wrapped") {
      // Room for the printer's shift too: a wrapped block must not spill over its box's right border.
      const width = item.box.width - 2 * PAD - Math.max(0, style.shift[0]);
      for (let size = item.size; ; size -= 0.5) {
        const lines = wrap(item.text, fonts, item, size, width);
        if (lines.length * size * 1.15 <= item.box.height - 1 || size - 0.5 < MIN_SIZE) return { ...item, size, lines };
      }
    }
    // The next value to the right on the same line: this one must end before it starts.
    const next = items
      .filter((o) => o !== item && o.kind !== "wrapped" && o.box.x > item.box.x + 0.5 && sameLine(o.box, item.box))
      .reduce((min, o) => Math.min(min, o.box.x), Infinity);
    // The printer's shift moves values, not the blank's labels or the page edge.
    const fixed = Math.min(labelRightOf(item, form.labels) - 2, pageWidth - 8) - Math.max(0, style.shift[0]);
    const limit = Math.min(item.box.x + item.box.width + style.overflow, next - PAD, fixed);
    const width = fonts.width(item.font, item.text, item.size);
    const room = limit - item.box.x - PAD;
    const fits = width <= room;
    // Right-aligned or centred text that does not fit its box is printed from the box's left edge instead.
    const align = width > item.box.width - 2 * PAD ? "left" : item.align;
    const size = fits ? item.size : Math.max(MIN_SIZE, Math.floor((item.size * room * 10) / width) / 10);
    return { ...item, align, size, lines: [item.text] };
  });
}
