import { pick, type Rng } from "../../print-random";
import { VALUE_FONTS, type FontKey, type ValueFont } from "../print/fonts";
import type { TextCut } from "../print/marks";

// How one agency system prints values onto the form. Each reprint draws one style from its seed; the choices are
// the ones seen on real certificates (ACORD25.md, and the USI/Vertafore, DocSpring and LiveCycle prints in
// ../shared/certificates/real): Vertafore prints every value at 9 pt on the first line of its coverage row and the
// two dates as one run; LiveCycle marks check boxes with ZapfDingbats; monospace prints exist; "fit to page"
// shifts everything by a few points.

export type CheckMark = "X" | "x" | "zapf-check" | "zapf-cross";

export type ReprintStyle = {
  font: ValueFont;
  /** 6–10 pt. */
  size: number;
  /** The printer's offset from the form's boxes, the same for every value. */
  shift: [dx: number, dy: number];
  /** Per-value wobble, at most this many points. */
  jitter: number;
  baseline: "centred" | "low";
  /** Where a coverage row's letter, ADDL/SUBR, policy number and dates go: its first line, or the form's own box. */
  rowLine: "first" | "middle";
  datesOneRun: boolean;
  /** `$1,000,000` printed as one run, or `$` as its own text before the amount. */
  dollar: "joined" | "apart";
  amountAlign: "left" | "right";
  /** Letters, NAIC codes, states, Y/N and dates centred in their boxes (as the form asks) or left-aligned. */
  centreCodes: boolean;
  check: CheckMark;
  cut: TextCut;
  /** The share of values cut that way; the others are printed as plain runs. */
  cutShare: number;
  upper: boolean;
  /** A name whose address has no second line is wrapped onto two lines. */
  wrapNames: boolean;
  /** How far past its box's right edge a value may run before it is shrunk. */
  overflow: number;
  /** Probability that a limit prints "Included", "N/A", "SEE ATTACHED" or "Excluded" instead of an amount. */
  wordLimits: number;
  signatureFont: FontKey;
};

const between = (rng: Rng, lo: number, hi: number) => Math.round((lo + rng() * (hi - lo)) * 100) / 100;

export function randomStyle(rng: Rng): ReprintStyle {
  const vertafore = rng() < 0.3;
  const font = vertafore ? pick(rng, ["Helvetica", "Times-Roman"] as const) : pick(rng, VALUE_FONTS);
  // Monospace at 10 pt overflows every date box: agency systems that print Courier use it small.
  const size = vertafore ? 9 : font.startsWith("Courier") ? between(rng, 6, 8.5) : between(rng, 6, 10);
  return {
    font,
    size,
    shift: [between(rng, -2.5, 3.5), between(rng, -2.5, 2)],
    jitter: between(rng, 0, 0.8),
    baseline: pick(rng, ["centred", "low"] as const),
    rowLine: vertafore || rng() < 0.35 ? "first" : "middle",
    datesOneRun: vertafore || rng() < 0.15,
    dollar: pick(rng, ["joined", "apart"] as const),
    amountAlign: pick(rng, ["left", "left", "right"] as const),
    centreCodes: rng() < 0.5,
    check: pick(rng, ["X", "X", "x", "zapf-check", "zapf-cross"] as const),
    cut: pick(rng, ["run", "run", "glyph-objects", "glyph-moves", "kerned"] as const),
    cutShare: between(rng, 0.3, 1),
    upper: rng() < 0.25,
    wrapNames: rng() < 0.3,
    overflow: pick(rng, [0, 0, 6, 20]),
    wordLimits: pick(rng, [0, 0, 0.1, 0.25]),
    signatureFont: pick(rng, ["Times-Italic", "Helvetica", font] as const),
  };
}
