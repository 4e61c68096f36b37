import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { expectedParsed } from "../../expected";
import { mulberry32 } from "../../print-random";
import { blankBytes } from "../blanks";
import { REAL_CORPUS_NOW } from "../corpus";
import { formValues } from "../form-values";
import { randomRealCertificate } from "../random-real";
import { reprintCertificate } from "../reprint/reprint";
import { SIGNATURE } from "../reprint/roles";
import { PLAIN_STYLE } from "../reprint/testing-style";
import { BLANKS_MISSING, seenText, squash, squashedText } from "../test-support";
import type { Rect } from "../types";
import { widgetSlots } from "../widgets";
import { slots2025 } from "./locate";
import { pageWords } from "./page-words";

// The 2025/12 print has no fields: its boxes are found from its own labels and lines. Every box the 2016/03 form
// has is found (but AUTHORIZED REPRESENTATIVE, which that print fills itself), each where its label says.

const inside = (r: Rect, x: number, y: number) => x >= r.x - 0.5 && x <= r.x + r.width + 0.5 && y >= r.y - 0.5 && y <= r.y + r.height + 0.5;

describe.skipIf(BLANKS_MISSING !== null)("the 2025/12 blank's boxes", () => {
  it("every field of the 2016/03 form has a box on the 2025/12 print, inside the form's frame", async () => {
    const located = await slots2025(await blankBytes("2025/12"));
    const widgets = widgetSlots(await PDFDocument.load(await blankBytes("2016/03")), []);
    expect([...widgets.slots.keys()].filter((f) => !located.slots.has(f))).toEqual([SIGNATURE]);
    expect([...widgets.checkboxes].filter((f) => !located.checkboxes.has(f))).toEqual([]);
    for (const [field, r] of located.slots) {
      expect(r.width, field).toBeGreaterThan(5);
      expect(r.height, field).toBeGreaterThan(8);
      expect(r.x >= 34 && r.x + r.width <= 578 && r.y >= 63 && r.y + r.height <= 752, field).toBe(true);
    }
  });

  it("boxes sit where the print's labels are: right of `$` on EACH OCCURRENCE's line, INSURER A's line, under DATE", async () => {
    const bytes = await blankBytes("2025/12");
    const located = await slots2025(bytes);
    const words = await pageWords(bytes);
    const label = (text: string) => words.filter((w) => w.text === text).sort((a, b) => b.y - a.y)[0];
    const eachOccurrence = located.slots.get("GeneralLiability_EachOccurrence_LimitAmount_A")!;
    const dollar = words.find((w) => w.text === "$" && Math.abs(w.y - label("EACH OCCURRENCE").y) < 1)!;
    expect(eachOccurrence.x).toBeGreaterThan(dollar.x + dollar.width);
    expect(inside(eachOccurrence, eachOccurrence.x + 1, label("EACH OCCURRENCE").y + 1)).toBe(true);
    expect(inside(located.slots.get("Insurer_FullName_A")!, label("INSURER A :").x + 60, label("INSURER A :").y + 1)).toBe(true);
    const date = located.slots.get("Form_CompletionDate_A")!;
    expect(date.y + date.height).toBeLessThanOrEqual(label("DATE (MM/DD/YYYY)").y);
    // Check boxes are the drawn squares left of their labels.
    const occur = located.slots.get("GeneralLiability_OccurrenceIndicator_A")!;
    expect(label("OCCUR").x - (occur.x + occur.width)).toBeLessThan(6);
    expect(Math.abs(occur.width - occur.height)).toBeLessThan(3);
  });

  it("a certificate printed on it shows every value, and the blank's own signature", async () => {
    const rng = mulberry32(71);
    const r = await reprintCertificate(randomRealCertificate(rng, REAL_CORPUS_NOW), { edition: "2025/12", geometry: { kind: "letter" }, style: PLAIN_STYLE }, rng);
    const text = await squashedText(r.bytes);
    for (const [field, value] of formValues(r.desc)) {
      if (typeof value === "string" && field !== "Form_EditionIdentifier_A") expect(text, field).toContain(squash(value));
    }
    const truth = expectedParsed(r.desc);
    expect(truth.form_edition).toBe("ACORD 25 (2025/12)");
    expect(truth.authorized_representative).toBe("AJK");
    expect(truth.description_of_operations.signature).toBe(true);
    expect((await seenText(r.bytes)).items.some((i) => i.str === "ACORD 25 (2025/12)")).toBe(true);
  });
});
