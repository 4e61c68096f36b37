import { PDFCheckBox, PDFDocument } from "pdf-lib";
import type { FormSlots, Rect } from "./types";

// The 2016/03 blank's own widget rectangles, read at run time from the blank itself: reprints put their values where
// the form's boxes are (plus agency-style offsets), not where any reader's reference drawing says they are.

export function widgetSlots(doc: PDFDocument, labels: Rect[]): FormSlots {
  const slots = new Map<string, Rect>();
  const checkboxes = new Set<string>();
  for (const field of doc.getForm().getFields()) {
    const widget = field.acroField.getWidgets()[0];
    if (!widget) continue;
    const { x, y, width, height } = widget.getRectangle();
    // Form_EditionIdentifier_A is a hidden zero-size box: the footer prints the edition instead.
    if (width < 1 || height < 1) continue;
    slots.set(field.getName(), { x, y, width, height });
    if (field instanceof PDFCheckBox) checkboxes.add(field.getName());
  }
  const { width, height } = doc.getPage(0).getSize();
  return { edition: "2016/03", pageSize: [width, height], slots, checkboxes, labels };
}
