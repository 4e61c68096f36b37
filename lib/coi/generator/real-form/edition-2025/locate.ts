import { PDFDocument } from "pdf-lib";
import type { FormSlots, Rect } from "../types";
import { Grid } from "./grid";
import { locateCheckBoxes } from "./locate-boxes";
import { locateColumns, locateLimits, locateOtherLimits, locatePolicyColumns, locateSections } from "./locate-grid";
import { locateBottom, locateHeader } from "./locate-header";
import { pageWords, word, wordBoxes } from "./page-words";
import { rulingLines } from "./ruling-lines";

// Where each ACORD 25 field's value goes on the 2025/12 print, which has no form fields: found at generation time
// from that page's own printed labels and ruling lines, so the generator shares no drawing with any reader. The
// result has the same shape as the 2016/03 blank's widget rectangles, and the same printing code uses both.

const cache = new WeakMap<Uint8Array, Promise<FormSlots>>();

async function locate(bytes: Uint8Array): Promise<FormSlots> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(0);
  const grid = new Grid(rulingLines(page));
  const words = await pageWords(bytes);
  const slots = new Map<string, Rect>();
  const checkboxes = new Set<string>();

  const sections = locateSections(words, grid);
  const gl = sections[0];
  const columns = locateColumns(words, grid, gl.top - 3);
  locateLimits(words, grid, sections, columns.exp.x2 - 1, slots);
  // The form's line pitch, from one limit line: every typed line of the form is that tall.
  const pitch = slots.get("GeneralLiability_EachOccurrence_LimitAmount_A")!.height;
  locateOtherLimits(grid, sections[4], columns.exp.x2, slots);
  locatePolicyColumns(sections, columns, pitch, slots);
  const typeLabel = word(words, "TYPE OF INSURANCE");
  const type = { x1: columns.letter.x2, x2: grid.vLine(typeLabel.x + typeLabel.width, gl.top - 3, 1).x };
  locateCheckBoxes(words, grid, sections, type, slots, checkboxes);
  locateHeader(words, grid, pitch, slots);
  locateBottom(words, grid, pitch, slots);
  const { width, height } = page.getSize();
  return { edition: "2025/12", pageSize: [width, height], slots, checkboxes, labels: wordBoxes(words) };
}

/** The 2025/12 blank's boxes, located once per blank. */
export function slots2025(bytes: Uint8Array): Promise<FormSlots> {
  let found = cache.get(bytes);
  if (!found) {
    found = locate(bytes);
    cache.set(bytes, found);
  }
  return found;
}
