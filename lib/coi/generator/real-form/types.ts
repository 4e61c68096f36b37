import type { Edition } from "./blanks";

// Shared shapes of the real-form generator. Coordinates are PDF points in the blank page's own space (origin at its
// bottom-left corner, unrotated), whichever edition the boxes were found on.

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * Where a form expects each field's value: the 2016/03 blank's widget rectangles, or the boxes found on the 2025/12
 * print from its labels and ruling lines. Keyed by ACORD 25 field name.
 */
export type FormSlots = {
  edition: Edition;
  pageSize: [width: number, height: number];
  slots: Map<string, Rect>;
  checkboxes: Set<string>;
  /** The blank's own printed words (labels): a value may overflow its box, but never onto these. */
  labels: Rect[];
};

export const right = (r: Rect) => r.x + r.width;
export const top = (r: Rect) => r.y + r.height;
