// The committed reference of one ACORD 25 edition, extracted from the real blank by
// `scripts/extract-acord-reference.ts`: the form's printed labels (short ones only, never its paragraphs), the box
// of each AcroForm field, the cell that box sits in (bounded by the form's ruling lines) and the ruling lines.
// Coordinates are PDF points on the blank's page, origin bottom-left, [x0, y0, x1, y1].

export type Rect = [number, number, number, number];

/** `cut`: the caption goes on with a parenthesis the reference leaves out ("… VEHICLES (ACORD 101, …)"). */
export type ReferenceLabel = { text: string; box: Rect; cut?: boolean };

export type ReferenceBox = {
  name: string;
  kind: "text" | "checkbox";
  /** The field's widget rectangle (for the 2025/12 print, mapped from 2016/03's through the labels). */
  rect: Rect;
  /** The ruled cell around the widget: agency systems print anywhere in it, not only in the widget's place. */
  cell: Rect;
};

export type ReferenceData = {
  edition: string;
  source: string;
  page: [number, number];
  labels: ReferenceLabel[];
  boxes: ReferenceBox[];
  rules: Rect[];
};
