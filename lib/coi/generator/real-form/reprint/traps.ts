import { pick, type Rng } from "../../print-random";
import type { DocFonts } from "../print/fonts";
import { textMark, type Mark, type TextMark } from "../print/marks";
import type { FormSlots, Rect } from "../types";
import type { PlacedField } from "./place";
import { isAmount, isDate } from "./roles";

// Text a person does not see, in places a careless reader would take it from. The truth is always the visible value:
// - `invisible`: render mode 3 text with another value inside a value box (as OCR layers and some templates carry);
// - `white`: another value painted white, under the real one;
// - `covered`: stale text, then an opaque white box over it, then the real value on top — the commonest in real
//   agency output (a template's old values blanked out and overprinted);
// The first three also go, now and then, into an empty limit box: there the truth is null, and a reader that takes
// hidden text invents a limit the certificate does not show.
// - `outside-crop`: another value beside a box's line but outside the crop box (needs the `crop-margin` geometry).

export type TrapKind = "invisible" | "white" | "covered" | "outside-crop";
export type Trap = { kind: TrapKind; field: string; decoy: string };

const COMPANIES = ["Old Template Holdings LLC", "Sample Contractor Inc.", "Prior Insured Co.", "Previous Holder Trust"];

function decoyFor(field: string, visible: string | null, rng: Rng): string {
  if (isAmount(field)) {
    const amount = pick(rng, [250_000, 500_000, 3_000_000, 5_000_000, 9_000_000]).toLocaleString("en-US");
    return visible?.startsWith("$") ? `$${amount}` : amount;
  }
  if (isDate(field)) return visible ? visible.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 3) % 10)) : "01/01/2019";
  if (/PolicyNumber/.test(field)) return `${(visible ?? "POL").replace(/[\s\d-]+$/, "")}-${Math.floor(rng() * 9_000_000) + 1_000_000}`;
  return pick(rng, COMPANIES);
}

/**
 * Where a cover goes to sit under the visible text: the text's extent, kept inside the line box it was printed in so
 * the form's ruling lines stay visible.
 */
function under(marks: TextMark[], box: Rect, fonts: DocFonts): Rect {
  const x1 = Math.min(...marks.map((m) => m.x)) - 1;
  const x2 = Math.max(...marks.map((m) => m.x + fonts.width(m.font, m.text, m.size))) + 1;
  const y1 = Math.max(box.y + 0.8, Math.min(...marks.map((m) => m.y - m.size * 0.22)) - 0.5);
  const y2 = Math.min(box.y + box.height - 0.8, Math.max(...marks.map((m) => m.y + m.size * 0.78)) + 0.5);
  return { x: x1, y: y1, width: x2 - x1, height: Math.max(2, y2 - y1) };
}

/** A decoy that fits inside `rect`, on its baseline. */
function decoyIn(rect: Rect, decoy: string, like: TextMark, fonts: DocFonts, paint: TextMark["paint"]): TextMark {
  const size = Math.min(like.size, Math.max(3, (like.size * (rect.width - 1)) / fonts.width(like.font, decoy, like.size)), (rect.height - 1) / 1.05);
  return textMark({ text: decoy, x: rect.x + 0.5, y: rect.y + size * 0.25 + 0.3, font: like.font, size, paint });
}

export function addTraps(placed: PlacedField[], kinds: TrapKind[], form: FormSlots, fonts: DocFonts, rng: Rng): { placed: PlacedField[]; traps: Trap[] } {
  const out = placed.map((p) => ({ ...p, marks: [...p.marks] }));
  const traps: Trap[] = [];
  const visibleText = (p: PlacedField) => p.marks.filter((m): m is TextMark => m.kind === "text" && m.paint === "ink");
  const printed = out.filter((p) => visibleText(p).length > 0 && !form.checkboxes.has(p.field));
  for (const kind of kinds) {
    const empty = [...form.slots.keys()].filter((f) => isAmount(f) && !out.some((p) => p.field === f));
    if (kind !== "outside-crop" && empty.length > 0 && rng() < 0.3) {
      const field = pick(rng, empty);
      const box = form.slots.get(field)!;
      const area = { x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2 };
      const decoy = decoyFor(field, null, rng);
      const like = textMark({ text: decoy, x: area.x, y: area.y, font: "Helvetica", size: 8 });
      const paint = kind === "covered" ? "ink" : kind;
      const marks: Mark[] = [decoyIn(area, decoy, like, fonts, paint), ...(kind === "covered" ? [{ kind: "cover", rect: area } as const] : [])];
      out.push({ field, box, marks });
      traps.push({ kind, field, decoy });
      continue;
    }
    const target = pick(rng, printed.filter((p) => isAmount(p.field) || isDate(p.field) || /PolicyNumber|FullName/.test(p.field)));
    if (!target) continue;
    // The decoy goes under the value's first line (a wrapped name has two).
    const marks = visibleText(target).filter((m, _, all) => Math.abs(m.y - all[0].y) < 1.5);
    const like = marks[marks.length - 1];
    const decoy = decoyFor(target.field, marks.map((m) => m.text).join(" "), rng);
    const area = under(marks, target.box, fonts);
    let added: Mark[];
    switch (kind) {
      case "invisible":
        added = [decoyIn(area, decoy, like, fonts, "invisible")];
        target.marks = rng() < 0.5 ? [...added, ...target.marks] : [...target.marks, ...added];
        break;
      case "white":
        // Under the real value: white glyphs painted over black ones would eat into what a person reads.
        target.marks = [decoyIn(area, decoy, like, fonts, "white"), ...target.marks];
        break;
      case "covered":
        target.marks = [decoyIn(area, decoy, like, fonts, "ink"), { kind: "cover", rect: area }, ...target.marks];
        break;
      case "outside-crop":
        // Beyond the page's right edge, on the value's own line: a reader that ignores the crop box joins them.
        target.marks = [...target.marks, textMark({ text: decoy, x: form.pageSize[0] + 6, y: like.y, font: like.font, size: like.size })];
        break;
    }
    traps.push({ kind, field: target.field, decoy });
  }
  return { placed: out, traps };
}
