import { describe, expect, it } from "vitest";
import type { Grey } from "../../pdf/render-page";
import { references, type Reference } from "../form/reference";
import { withoutRules } from "./erase-rules";
import { straighten } from "./straighten";

// Painting out the form's rules before OCR, on a page drawn here: the 2016/03 form's rules at 200 dpi, and letter
// shapes printed on its column rules. A letter whose stroke is a rule must keep it (else "2024" reads "202«"); a
// bare rule goes; a limit's cell keeps the strict erasing.

const DPI = 200;
const k = DPI / 72;
const ref = references().find((r) => r.edition === "2016/03")!;
const [W, H] = [Math.round(ref.page[0] * k), Math.round(ref.page[1] * k)];

function blank(): Grey {
  return { data: new Uint8Array(W * H).fill(255), width: W, height: H };
}

/** Ink a box of pixels (x right, y down). */
function ink(g: Grey, x0: number, y0: number, x1: number, y1: number) {
  for (let y = Math.round(y0); y < Math.round(y1); y++) for (let x = Math.round(x0); x < Math.round(x1); x++) g.data[y * W + x] = 20;
}

const px = (x: number) => x * k;
const py = (y: number) => (ref.page[1] - y) * k;

function drawForm(g: Grey, r: Reference) {
  for (const l of r.rules.horizontal) ink(g, px(l.from), py(l.at) - 1, px(l.to), py(l.at) + 1);
  for (const l of r.rules.vertical) ink(g, px(l.at) - 1, py(l.to), px(l.at) + 1, py(l.from));
}

/**
 * "…04" whose "4" has the rule at x (pixels) as its stem: the stem, its slant down to its bar, the bar across the
 * rule; and the "0" before it, a letter away.
 */
function four(g: Grey, x: number, top: number) {
  ink(g, x - 1, top, x + 1, top + 19);
  for (let i = 0; i < 12; i++) ink(g, x - 1 - i * 0.7, top + i, x + 1 - i * 0.7, top + i + 1);
  ink(g, x - 9, top + 12, x + 4, top + 14);
  ink(g, x - 20, top, x - 10, top + 2);
  ink(g, x - 20, top + 17, x - 10, top + 19);
  ink(g, x - 20, top, x - 18, top + 19);
  ink(g, x - 12, top, x - 10, top + 19);
}

const cellOf = (name: string) => ref.slots.find((s) => s.name === name)!.cell;
const dark = (g: Grey, x: number, y: number) => g.data[Math.round(y) * W + Math.round(x)] < 128;

describe("withoutRules", () => {
  const page = blank();
  drawForm(page, ref);
  // On the rule between the GL row's effective and expiration dates: a date's last "4" printed on it.
  const dates = cellOf("Policy_GeneralLiability_EffectiveDate_A");
  const dateRule = px(dates.x1);
  const dateTop = py(dates.y1) + 6;
  four(page, dateRule, dateTop);
  // On the left rule of the GL each-occurrence limit's cell: the same shape, in a limit's cell.
  const amount = cellOf("GeneralLiability_EachOccurrence_LimitAmount_A");
  const amountRule = px(amount.x0);
  const amountTop = py(amount.y1) + 3;
  four(page, amountRule, amountTop);

  const upright = straighten({ grey: page, dpi: DPI, page: 1, width: ref.page[0], height: ref.page[1] });
  const { clean, ruled } = withoutRules(upright, upright.fit!);

  it("places the drawn page on the 2016/03 form", () => {
    expect(upright.fit?.ref.edition).toBe("2016/03");
    expect(upright.skew).toBe(0);
  });

  it("keeps a rule where a letter crosses it (the stroke the letter shares with it), and erases it above and below", () => {
    // The stem's rows below the bar: the letter's stroke, kept.
    for (let y = dateTop + 15; y < dateTop + 18; y++) expect(dark(clean, dateRule, y), `row ${y}`).toBe(true);
    // The same rule a few points above and below the letter: bare, erased.
    expect(dark(clean, dateRule, dateTop - 8)).toBe(false);
    expect(dark(clean, dateRule, dateTop + 28)).toBe(false);
  });

  it("erases the rule through a letter in a limit's cell, where a kept rule could be read as a digit", () => {
    expect(dark(clean, amountRule, amountTop + 16)).toBe(false);
    expect(dark(clean, amountRule, amountTop + 4)).toBe(false);
  });

  it("erases bare rules, and leaves them all on the ruled page", () => {
    const gl = cellOf("GeneralLiability_EachOccurrence_LimitAmount_A");
    const y = py((gl.y0 + gl.y1) / 2);
    const rule = ref.rules.horizontal.find((r) => r.from < 300 && r.to > 300)!;
    expect(dark(clean, px(300), py(rule.at))).toBe(false);
    expect(dark(ruled, px(300), py(rule.at))).toBe(true);
    expect(dark(ruled, amountRule, y)).toBe(true);
  });
});
