import type { Rect } from "../types";
import type { FontKey } from "./fonts";

// What a reprint puts on the page, before it becomes content-stream operators: runs of text and opaque white boxes,
// in the blank's coordinates. Kept as data so tests and the truth can see what was printed, and how.

/**
 * How the program cut the text into show-text operators: one run (`Tj`), one text object per glyph, one `Td` move per
 * glyph inside a text object, or one `TJ` with small kerning adjustments between pieces.
 */
export type TextCut = "run" | "glyph-objects" | "glyph-moves" | "kerned";

/** `ink` is seen; `invisible` is render mode 3 (an OCR layer's way); `white` is painted white on white. */
export type Paint = "ink" | "invisible" | "white";

export type TextMark = {
  kind: "text";
  text: string;
  /** Baseline start. */
  x: number;
  y: number;
  font: FontKey;
  size: number;
  paint: Paint;
  cut: TextCut;
};

/** An opaque white rectangle: whatever was drawn before it there is hidden. */
export type CoverMark = { kind: "cover"; rect: Rect };

export type Mark = TextMark | CoverMark;

export const textMark = (m: Omit<TextMark, "kind" | "paint" | "cut"> & Partial<Pick<TextMark, "paint" | "cut">>): TextMark => ({
  kind: "text",
  paint: "ink",
  cut: "run",
  ...m,
});
