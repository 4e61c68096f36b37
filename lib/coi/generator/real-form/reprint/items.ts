import type { FieldValueMap } from "../../values";
import type { FontKey } from "../print/fonts";
import type { FormSlots, Rect } from "../types";
import { ADDRESS_BLOCKS, isAmount, isCode, isDate, MULTILINE, POLICY_ROWS, REMARKS, SIGNATURE } from "./roles";
import type { ReprintStyle } from "./style";

// Step one of a reprint: each value becomes an item, a piece of text meant for one box on one line. This is where
// the agency-style placements are decided: a row's policy fields moved to its first line, both dates as one run,
// `$` apart from the amount, a name wrapped onto the address's first line.

export type Item = {
  field: string;
  text: string;
  box: Rect;
  align: "left" | "right" | "centre";
  font: FontKey;
  size: number;
  kind: "line" | "wrapped" | "check";
};

/** Fields a blank shows by itself, so a missing box is expected there: the hidden edition field, 2025's signature. */
const MAY_LACK_A_BOX = new Set(["Form_EditionIdentifier_A", SIGNATURE]);

const onLine = (box: Rect, line: Rect | undefined): Rect => (line ? { ...box, y: line.y, height: line.height } : box);

/** Two lines of about equal length, broken between words. */
function splitName(name: string): [string, string] | null {
  const words = name.split(" ");
  if (words.length < 2) return null;
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const diff = (n: number) => Math.abs(words.slice(0, n).join(" ").length - words.slice(n).join(" ").length);
    if (diff(i) < diff(best)) best = i;
  }
  return [words.slice(0, best).join(" "), words.slice(best).join(" ")];
}

export function planItems(values: FieldValueMap, words: Map<string, string>, form: FormSlots, style: ReprintStyle, rng: () => number): Item[] {
  const items: Item[] = [];
  const done = new Set<string>();
  const slot = (field: string) => form.slots.get(field);
  const line = (field: string, text: string, box: Rect, align: Item["align"] = "left", extra: Partial<Item> = {}) =>
    items.push({ field, text, box, align, font: style.font, size: style.size, kind: "line", ...extra });
  const codeAlign = (): Item["align"] => (style.centreCodes ? "centre" : "left");
  const text = (field: string) => {
    const v = values.get(field);
    return typeof v === "string" ? v : null;
  };

  for (const [nameField, prefix] of ADDRESS_BLOCKS) {
    const name = text(nameField);
    const [l1, l2] = [`${prefix}_MailingAddress_LineOne_A`, `${prefix}_MailingAddress_LineTwo_A`];
    const split = name && style.wrapNames && !text(l2) ? splitName(name) : null;
    if (!split || !slot(l1) || !slot(l2)) continue;
    line(nameField, split[0], slot(nameField)!);
    line(nameField, split[1], slot(l1)!);
    if (text(l1)) line(l1, text(l1)!, slot(l2)!);
    done.add(nameField).add(l1);
  }

  for (const row of POLICY_ROWS) {
    const first = style.rowLine === "first" ? slot(row.firstLine) : undefined;
    for (const field of [row.letter, row.addl, row.subr, row.number]) {
      if (!field || !text(field)) continue;
      line(field, text(field)!, onLine(slot(field)!, first), isCode(field) ? codeAlign() : "left");
      done.add(field);
    }
    const [eff, exp] = [text(row.eff), text(row.exp)];
    if (style.datesOneRun && eff && exp) {
      const a = slot(row.eff)!;
      const b = slot(row.exp)!;
      line(row.eff, `${eff} ${exp}`, onLine({ ...a, width: b.x + b.width - a.x }, first));
      done.add(row.eff).add(row.exp);
    } else {
      for (const field of [row.eff, row.exp]) {
        if (!text(field)) continue;
        line(field, text(field)!, onLine(slot(field)!, first), codeAlign());
        done.add(field);
      }
    }
  }

  for (const [field, value] of values) {
    if (done.has(field)) continue;
    const box = slot(field);
    if (!box) {
      if (MAY_LACK_A_BOX.has(field)) continue;
      throw new Error(`${form.edition} blank: no box for ${field}`);
    }
    if (form.checkboxes.has(field)) {
      if (value === true) items.push({ field, text: "", box, align: "centre", font: style.font, size: style.size, kind: "check" });
    } else if (typeof value !== "string") {
      throw new Error(`${field} is a text box, not a check box`);
    } else if (isAmount(field)) {
      amount(field, value, box);
    } else if (MULTILINE.has(field)) {
      items.push({ field, text: value, box, align: "left", font: style.font, size: field === REMARKS ? style.size : Math.min(style.size, 8), kind: "wrapped" });
    } else if (field === SIGNATURE) {
      line(field, value, { ...box, height: Math.min(box.height, 14) }, "left", { font: style.signatureFont, size: Math.min(12, style.size + 2) });
    } else {
      line(field, value, box, isCode(field) || isDate(field) ? codeAlign() : "left");
    }
  }
  for (const [field, word] of words) {
    const box = slot(field);
    if (box) line(field, word, box, style.amountAlign);
  }
  return items;

  function amount(field: string, value: string, box: Rect) {
    if (style.dollar === "apart" && value.startsWith("$")) {
      line(field, "$", { ...box, width: 7 });
      line(field, value.slice(1).trim(), { ...box, x: box.x + 9, width: box.width - 9 }, style.amountAlign);
      return;
    }
    // Agency systems differ in how they line amounts up; a little jitter keeps the column from being exact.
    line(field, value, box, style.amountAlign === "right" && rng() < 0.9 ? "right" : "left");
  }
}
