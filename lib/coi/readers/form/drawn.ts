import { SIGNATURE_IMAGE_FIELD } from "../../acord25/field-names";
import type { FieldValue, FieldValues } from "../../acord25/field-values";
import { area, intersect, type Box } from "../../pdf/matrix";
import type { FieldSource } from "../../parsed-certificate";
import { PLACED } from "./fields";
import type { Located } from "./locate";

// What is drawn rather than written: a signature as an image or as pen strokes (vector paths) in the AUTHORIZED
// REPRESENTATIVE box, and check marks drawn as paths (LiveCycle and some agency systems draw ✓ and ✗ as lines).

const SIGNATURE = "Producer_AuthorizedRepresentative_Signature_A";

function cellOnPage(loc: Located, b: Box): Box {
  const [x0, y0] = loc.map.toPage([b.x0, b.y0]);
  const [x1, y1] = loc.map.toPage([b.x1, b.y1]);
  return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

function source(loc: Located, b: Box): FieldSource {
  const round = (n: number) => Math.round(n * 100) / 100;
  const d = loc.frame.toDisplay(b);
  return { page: loc.words.runs[0]?.page ?? 1, box: [round(d.x0), round(d.y0), round(d.x1 - d.x0), round(d.y1 - d.y0)], page_size: [round(loc.frame.displaySize[0]), round(loc.frame.displaySize[1])] };
}

export function drawnMarks(loc: Located, page: { images: Box[]; shapes: Box[] }, fields: FieldValues): [string, FieldValue][] {
  const out: [string, FieldValue][] = [];
  const { images, shapes } = page;
  const signature = loc.ref.slots.find((s) => s.name === SIGNATURE);
  if (signature && !fields.has(SIGNATURE)) {
    const cell = cellOnPage(loc, signature.cell);
    const cellArea = area(cell);
    // Mostly inside the box, not a page-sized image (a scan's page covers every box), and of some size.
    const drawn = [...images, ...shapes].filter((b) => {
      const inside = area(intersect(b, cell));
      return inside > 0.5 * area(b) && inside > 0.01 * cellArea && area(b) < 0.9 * cellArea * 4;
    });
    if (drawn.length > 0) {
      const box = drawn.reduce((u, b) => ({ x0: Math.min(u.x0, b.x0), y0: Math.min(u.y0, b.y0), x1: Math.max(u.x1, b.x1), y1: Math.max(u.y1, b.y1) }));
      out.push([SIGNATURE_IMAGE_FIELD, { value: true, source: source(loc, box), confidence: PLACED }]);
    }
  }
  for (const slot of loc.ref.slots) {
    if (slot.kind !== "checkbox" || fields.has(slot.name)) continue;
    const mark = shapes.find((b) => isMarkIn(b, cellOnPage(loc, slot.rect)));
    if (mark) out.push([slot.name, { value: true, source: source(loc, mark), confidence: PLACED }]);
  }
  return out;
}

/** A small drawing centred in a check box, no bigger than the box allows (not a line passing through it). */
function isMarkIn(b: Box, box: Box): boolean {
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  return cx > box.x0 && cx < box.x1 && cy > box.y0 && cy < box.y1 && b.x1 - b.x0 < 1.5 * w && b.y1 - b.y0 < 1.5 * h && area(b) > 0.04 * w * h;
}
