import { paperLevel } from "../../ocr/grey";
import type { RuleLine } from "../../ocr/rules";
import type { Box } from "../../pdf/matrix";
import type { Grey } from "../../pdf/render-page";
import type { Reference } from "../form/reference";
import { placedBox } from "./erased-ink";
import type { RuleFit } from "./rule-fit";
import type { Upright } from "./straighten";

// The page with its ruling lines, check boxes and captions painted white: what is left in a cell is what was
// printed in it, and a value touching a rule is not read as one word with it ("|1,000,000").

/** Beside a rule, at most this share of a strip a point or so away is ink (values touching it, letters crossing). */
const TEXT_BESIDE = 0.3;
/** A line that is none of the form's rules is erased only this long, in points. */
const OWN_LINE = 72;
/** Ink this near a vertical rule, in points, is a line of text passing it (a letter's width). */
const TEXT_NEAR = 4;
/** Cells of digits (limits, NAIC codes), where a rule kept beside a digit can be read as a 1. */
const AMOUNT = /Amount_|NAICCode/;
/** Around a caption, in points: the fit's error and the scan's blur, short of the value beside it. */
const CAPTION_GROW = 0.4;

/** `clean`: rules, check boxes and captions painted out. `ruled`: only check boxes and captions (the rules stay). */
export function withoutRules(page: Upright, fit: RuleFit): { clean: Grey; ruled: Grey } {
  const { width, height } = page.grey;
  const src = page.grey.data;
  const data = new Uint8Array(src);
  const dark = Math.min(170, paperLevel(page.grey) - 55);
  const k = page.dpi / 72;
  // Points of the upright page (the reference placed by the fit) → a white box of pixels.
  const paint = (r: Box, grow: number) => {
    const [x0, y0] = fit.map.toPage([r.x0 - grow, r.y0 - grow]);
    const [x1, y1] = fit.map.toPage([r.x1 + grow, r.y1 + grow]);
    const [a, b, c, d] = [Math.max(0, Math.floor(x0 * k)), Math.max(0, Math.floor((page.height - y1) * k)), Math.min(width, Math.ceil(x1 * k)), Math.min(height, Math.ceil((page.height - y0) * k))];
    for (let y = b; y < d; y++) data.fill(255, y * width + a, y * width + c);
  };
  for (const slot of fit.ref.slots) if (slot.kind === "checkbox") paint(slot.rect, 1);
  // The form's own printing: a caption beside its value ("E-MAIL ADDRESS: certs@…") would be read as one line
  // with it, and a caption of two lines spoils the line's OCR.
  for (const label of fit.ref.labels) paint(label.cut ? toRuleRight(fit.ref, label.box) : label.box, CAPTION_GROW);
  // Rules are followed on the page with its captions gone: a rule under a caption is then bare, and goes.
  const painted = new Uint8Array(data);
  const lines = (horizontal: boolean) => {
    // Along the line (t) and across it (u), in pixels of the page.
    const at = (t: number, u: number) => (horizontal ? u * width + t : t * width + u);
    const [along, wide] = horizontal ? [width, height] : [height, width];
    const inked = (t: number, u: number) => t >= 0 && u >= 0 && t < along && u < wide && painted[at(t, u)] < dark;
    return { at, along, inked };
  };

  // Ink along a strip beside a line: paper beside a rule; letters' bodies beside the baseline or tops of a line of
  // bold text, which a blurred scan joins into runs as solid as a rule's.
  const beside = (horizontal: boolean, u: number, l: RuleLine) => {
    const { inked } = lines(horizontal);
    let ink = 0;
    let all = 0;
    for (let t = Math.max(0, Math.floor(l.from)); t < Math.ceil(l.to); t += 2, all++) if (inked(t, Math.round(u))) ink++;
    return all ? ink / all : 0;
  };
  const away = Math.max(2, Math.round(0.8 * k));
  // One of the form's own rules (where the fit puts it) is a rule whatever is printed on it; another line is one
  // only with paper beside it.
  const formRules = placedRules(page, fit);
  const isRule = (horizontal: boolean, l: RuleLine) => {
    if (formRules(horizontal).some((r) => Math.abs(r.at - l.at) <= 1.5 * k && Math.min(r.to, l.to) - Math.max(r.from, l.from) >= 0.5 * (l.to - l.from))) return true;
    // The feet of a few letters in a row ("ELLE") join into a run as solid as a short rule: a line of the
    // agency's own is an inch long at least.
    if (l.to - l.from < OWN_LINE * k) return false;
    const off = l.thickness / 2 + away;
    return Math.max(beside(horizontal, l.at - off, l), beside(horizontal, l.at + off, l)) <= TEXT_BESIDE;
  };

  // Column by column (for a horizontal rule), the rule's own pixels go: the dark run across it nearest its centre,
  // when it is as thin as the rule. Where a letter crosses the rule (ink on both sides) the run stays; where a
  // value sits on it, only the rule's band goes: cut deeper, a date is read as "NARI". The centre is followed
  // along, since a rule is seldom exactly level.
  const erase = (horizontal: boolean, l: RuleLine) => {
    const { at, along, inked } = lines(horizontal);
    const half = l.thickness / 2;
    const reach = Math.ceil(half + 3);
    const [from, to] = [Math.max(0, Math.floor(l.from - 2)), Math.min(along, Math.ceil(l.to + 2))];
    // Across the rule at each point along it: the dark run nearest its centre, and the rule's band there.
    const runs: ({ a: number; b: number; lo: number; hi: number } | null)[] = [];
    let centre = l.at;
    for (let t = from; t < to; t++) {
      const c = Math.round(centre);
      let u = -1;
      for (let d = 0; d <= reach && u < 0; d++) u = inked(t, c - d) ? c - d : inked(t, c + d) ? c + d : -1;
      if (u < 0) {
        runs.push(null);
        continue;
      }
      let [a, b] = [u, u];
      while (a > u - 4 * reach && inked(t, a - 1)) a--;
      while (b < u + 4 * reach && inked(t, b + 1)) b++;
      runs.push({ a, b, lo: Math.round(centre - half), hi: Math.round(centre + half) });
      if (b - a + 1 <= l.thickness + 2) centre = 0.8 * centre + 0.2 * ((a + b) / 2);
    }
    const kept = horizontal ? null : throughLetters(runs, from, (t, a, b) => textBeside(inked, t, a, b), (t, u) => inAmountCell(u, t));
    for (let t = from; t < to; t++) {
      const run = runs[t - from];
      if (!run || kept?.[t - from]) continue;
      const { a, b, lo, hi } = run;
      if (b - a + 1 <= l.thickness + 2) {
        for (let v = a; v <= b; v++) data[at(t, v)] = 255;
        continue;
      }
      // A value on the rule: only the rule's own band goes (the letters lose a row or two, not their feet). Ink
      // past the band on both sides is a letter crossing it (a descender, an overflowing digit): it stays.
      if (a >= lo || b <= hi) {
        for (let v = lo; v <= hi; v++) if (v >= 0) data[at(t, v)] = 255;
      }
    }
  };

  // Ink within a letter or two of a run across a vertical rule: a line of text passes there.
  const nearText = Math.max(3, Math.round(TEXT_NEAR * k));
  const textBeside = (inked: (t: number, u: number) => boolean, t: number, a: number, b: number) => {
    for (let d = 1; d <= nearText; d++) if (inked(t, a - d) || inked(t, b + d)) return true;
    return false;
  };
  // Cells of digits keep the strict erasing: a rule kept through "1,000,00|0" could be read as a digit.
  const amounts = fit.ref.slots.filter((s) => AMOUNT.test(s.name)).map((s) => placedBox(fit.map, s.cell, page.dpi / 72, page.height));
  const inAmountCell = (x: number, y: number) => amounts.some((c) => x >= c.x0 - nearText && x <= c.x1 + nearText && y >= c.y0 && y <= c.y1);

  // Every solid line found: the form's rules, and a line an agency drew or an underline (no part of a value).
  for (const l of page.rules.horizontal) if (isRule(true, l)) erase(true, l);
  for (const l of page.rules.vertical) if (isRule(false, l)) erase(false, l);
  return { clean: { data, width, height }, ruled: { data: painted, width, height } };
}

/**
 * Where a vertical rule runs through a line of text and a letter crosses it (ink joined to the rule on both
 * sides: the bar of a "4" whose stem is the rule, the bowl of a "9" or "0" printed on a column's edge), the rule is
 * kept over that line's height: erased, it takes the letter's stroke along it, and OCR reads "3/12/2024" for
 * "9/12/2024" or cuts "2025" in two. Kept, it is that stroke. A line that only touches the rule (a value starting
 * against it) has no crossing, and its rule goes as before. Returns, per point along the rule, whether it stays.
 */
function throughLetters(
  runs: ({ a: number; b: number; lo: number; hi: number } | null)[],
  from: number,
  textBeside: (t: number, a: number, b: number) => boolean,
  inAmount: (t: number, u: number) => boolean,
): Uint8Array {
  const kept = new Uint8Array(runs.length);
  const beside = runs.map((r, i) => !!r && textBeside(from + i, r.a, r.b));
  let i = 0;
  while (i < runs.length) {
    if (!beside[i]) {
      i++;
      continue;
    }
    // The stretch of a line of text beside the rule (every row of it has ink beside: a wider window, or rows
    // missing here and there, took in a signature's stroke crossing below and kept the rule beside "| Authorized
    // Agent"), and whether a letter crosses the rule in it.
    let j = i;
    let crossed = false;
    let amount = false;
    for (; j < runs.length && beside[j]; j++) {
      const r = runs[j]!;
      if (r.a < r.lo - 1 && r.b > r.hi + 1) crossed = true;
      if (inAmount(from + j, (r.a + r.b) / 2)) amount = true;
    }
    if (crossed && !amount) kept.fill(1, i, j);
    i = j;
  }
  return kept;
}

/** A reference box where the fit places it, in the upright page's pixels (origin top-left). */
/** A caption that goes on past the reference's box ("… VEHICLES (ACORD 101, …)"), to the rule that ends its line. */
function toRuleRight(ref: Reference, b: Box): Box {
  const ends = ref.rules.vertical.filter((r) => r.at > b.x1 && r.from <= b.y0 && r.to >= b.y1).map((r) => r.at);
  return { ...b, x1: ends.length ? Math.min(...ends) - 1 : b.x1 };
}

/** The reference's rules where the fit places them, as lines of the upright page's pixels (origin top-left). */
function placedRules(page: Upright, fit: RuleFit): (horizontal: boolean) => RuleLine[] {
  const k = page.dpi / 72;
  const px = ([x, y]: [number, number]): [number, number] => [x * k, (page.height - y) * k];
  const horizontal = fit.ref.rules.horizontal.map((r) => {
    const [a, at] = px(fit.map.toPage([r.from, r.at]));
    const [b] = px(fit.map.toPage([r.to, r.at]));
    return { at, from: Math.min(a, b), to: Math.max(a, b), thickness: 1 };
  });
  const vertical = fit.ref.rules.vertical.map((r) => {
    const [at, a] = px(fit.map.toPage([r.at, r.from]));
    const [, b] = px(fit.map.toPage([r.at, r.to]));
    return { at, from: Math.min(a, b), to: Math.max(a, b), thickness: 1 };
  });
  return (h) => (h ? horizontal : vertical);
}
