import { paperLevel } from "../../ocr/grey";
import type { RuleLine } from "../../ocr/rules";
import type { Box } from "../../pdf/matrix";
import type { Grey } from "../../pdf/render-page";
import type { Reference } from "../form/reference";
import type { RuleFit } from "./rule-fit";
import type { Upright } from "./straighten";

// The page with its ruling lines, check boxes and captions painted white: what is left in a cell is what was
// printed in it, and a value touching a rule is not read as one word with it ("|1,000,000").

/** Beside a rule, at most this share of a strip a point or so away is ink (values touching it, letters crossing). */
const TEXT_BESIDE = 0.3;
/** A line that is none of the form's rules is erased only this long, in points. */
const OWN_LINE = 72;
/** Around a caption, in points: the fit's error and the scan's blur, short of the value beside it. */
const CAPTION_GROW = 0.4;

export function withoutRules(page: Upright, fit: RuleFit): Grey {
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
    let centre = l.at;
    for (let t = Math.max(0, Math.floor(l.from - 2)); t < Math.min(along, Math.ceil(l.to + 2)); t++) {
      const c = Math.round(centre);
      let u = -1;
      for (let d = 0; d <= reach && u < 0; d++) u = inked(t, c - d) ? c - d : inked(t, c + d) ? c + d : -1;
      if (u < 0) continue;
      let [a, b] = [u, u];
      while (a > u - 4 * reach && inked(t, a - 1)) a--;
      while (b < u + 4 * reach && inked(t, b + 1)) b++;
      if (b - a + 1 <= l.thickness + 2) {
        for (let v = a; v <= b; v++) data[at(t, v)] = 255;
        centre = 0.8 * centre + 0.2 * ((a + b) / 2);
        continue;
      }
      // A value on the rule: only the rule's own band goes (the letters lose a row or two, not their feet). Ink
      // past the band on both sides is a letter crossing it (a descender, an overflowing digit): it stays.
      const [lo, hi] = [Math.round(centre - half), Math.round(centre + half)];
      if (a >= lo || b <= hi) {
        for (let v = lo; v <= hi; v++) if (v >= 0) data[at(t, v)] = 255;
      }
    }
  };

  // Every solid line found: the form's rules, and a line an agency drew or an underline (no part of a value).
  for (const l of page.rules.horizontal) if (isRule(true, l)) erase(true, l);
  for (const l of page.rules.vertical) if (isRule(false, l)) erase(false, l);
  return { data, width, height };
}

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
