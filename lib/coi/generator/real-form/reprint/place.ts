import type { FontKey } from "../print/fonts";
import type { DocFonts } from "../print/fonts";
import { textMark, type Mark } from "../print/marks";
import type { Rect } from "../types";
import type { FittedItem } from "./fit";
import type { CheckMark, ReprintStyle } from "./style";

// Step three: each fitted item becomes text marks at a baseline, with the style's printer offset, a little wobble,
// and the style's way of cutting text into operators.

/** One field's marks; `box` is the line box it was printed in (the first one, for a field printed in pieces). */
export type PlacedField = { field: string; box: Rect; marks: Mark[] };

const CHECKS: Record<CheckMark, { font: FontKey; text: string }> = {
  X: { font: "Helvetica-Bold", text: "X" },
  x: { font: "Helvetica", text: "x" },
  // LiveCycle's marks: ZapfDingbats a20 (✔, code '4') and a22 (✖, code '6').
  "zapf-check": { font: "ZapfDingbats", text: "✔" },
  "zapf-cross": { font: "ZapfDingbats", text: "✖" },
};

const PAD = 1.5;
const r2 = (n: number) => Math.round(n * 100) / 100;

export function placeItems(items: FittedItem[], fonts: DocFonts, style: ReprintStyle, rng: () => number): PlacedField[] {
  const wobble = () => (rng() * 2 - 1) * style.jitter;
  const [dx, dy] = style.shift;
  const cut = () => (rng() < style.cutShare ? style.cut : "run");
  const placed = items.map((item): PlacedField => {
    const { box } = item;
    if (item.kind === "check") {
      const mark = CHECKS[style.check];
      const size = Math.min(box.width, box.height) * 0.72;
      const width = fonts.width(mark.font, mark.text, size);
      const x = box.x + (box.width - width) / 2 + dx * 0.5 + wobble();
      const y = box.y + (box.height - size * 0.7) / 2 + dy * 0.5 + wobble();
      return { field: item.field, box, marks: [textMark({ text: mark.text, x: r2(x), y: r2(y), font: mark.font, size: r2(size) })] };
    }
    const leading = item.size * 1.15;
    const marks = item.lines.map((text, i) => {
      const width = fonts.width(item.font, text, item.size);
      const x = item.align === "right" ? box.x + box.width - PAD - width
        : item.align === "centre" ? box.x + (box.width - width) / 2
        : box.x + PAD;
      const y = item.kind === "wrapped" ? box.y + box.height - 1 - item.size * 0.85 - i * leading
        : style.baseline === "low" ? box.y + 2
        : box.y + (box.height - item.size * 0.68) / 2;
      return textMark({ text, x: r2(x + dx + wobble()), y: r2(y + dy + wobble()), font: item.font, size: item.size, cut: cut() });
    });
    return { field: item.field, box, marks };
  });
  // A value printed in pieces (`$` apart, a wrapped name) is still one field: traps and tests see it whole.
  const byField = new Map<string, PlacedField>();
  for (const p of placed) {
    const seen = byField.get(p.field);
    if (seen) seen.marks.push(...p.marks);
    else byField.set(p.field, { ...p, marks: [...p.marks] });
  }
  return [...byField.values()];
}
