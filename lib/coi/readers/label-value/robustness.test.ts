import { describe, expect, it } from "vitest";
import type { ItemWithConfidence } from "../../pdf/text-runs";
import { readLabelLayout } from ".";

// What the reader must not do: present a guess as certain, or read a page that is not a certificate. Input here is
// text items as pdfjs or OCR gives them: whole lines, single words (with OCR's confidence) or single glyphs.

const SIZE = 9;
const CHAR = SIZE * 0.5;
type Piece = [x: number, y: number, text: string, confidence?: number];

/** One item per piece; with `cut`, one per word (OCR) or per glyph (some printers), placed as the text runs. */
function items(pieces: Piece[], cut?: "words" | "glyphs"): ItemWithConfidence[] {
  return pieces.flatMap(([x, y, text, confidence]) => {
    const parts = cut === "glyphs" ? [...text].map((c, i) => [i, c] as const) : cut === "words" ? [...text.matchAll(/\S+/g)].map((m) => [m.index, m[0]] as const) : [[0, text] as const];
    return parts
      .filter(([, t]) => t.trim() !== "")
      .map(([at, t]) => ({ text: t, confidence, source: { page: 1, box: [x + at * CHAR, y, t.length * CHAR, SIZE] as [number, number, number, number], page_size: [612, 792] as [number, number] } }));
  });
}

const lines = (texts: string[], x = 50, top = 700): Piece[] => texts.map((t, i) => [x, top - i * 13, t]);

describe("never confidently wrong", () => {
  it("gives policy fields printed before several coverages to each, but only for review", () => {
    const read = readLabelLayout([items(lines([
      "CERTIFICATE OF INSURANCE", "Insured: Acme Roofing Inc", "Policy Number: BOP-100", "Policy Period: 01/01/2025 - 01/01/2026",
      "GENERAL LIABILITY", "Each Occurrence: $1,000,000", "AUTOMOBILE LIABILITY", "Combined Single Limit: $1,000,000",
    ]))], "other")!;
    for (const cov of ["commercial_general_liability", "automobile_liability"]) {
      expect(read.parsed.coverages[cov as "automobile_liability"]!.policy_number_string).toBe("BOP-100");
      expect(read.confidence[`coverages.${cov}.policy_number_string`]).toBeLessThan(0.9);
      expect(read.confidence[`coverages.${cov}.policy_expiration_date`]).toBeLessThan(0.9);
    }
    expect(read.confidence["coverages.automobile_liability.limits.combined_single_limit_dollars"]).toBe(0.95);
  });

  it("does not give an amount under a label no coverage has (an auto 'Aggregate') to any box", () => {
    const read = readLabelLayout([items(lines([
      "CERTIFICATE OF INSURANCE", "Insured: Acme Roofing Inc", "AUTOMOBILE LIABILITY", "Policy Number: BA-1", "Each Accident: $1,000,000", "Aggregate: $2,000,000",
    ]))], "other")!;
    const auto = read.parsed.coverages.automobile_liability!;
    expect(auto.limits).toEqual({ combined_single_limit_dollars: 1_000_000, bodily_injury_per_person_dollars: null, bodily_injury_per_accident_dollars: null, property_damage_dollars: null });
    expect(read.confidence["coverages.automobile_liability.limits.combined_single_limit_dollars"]).toBeLessThan(0.9);
  });

  it("keeps OCR's doubt: a value read from an unsure word is not certain, and OCR's 0-for-o still finds the label", () => {
    const pieces: Piece[] = [
      ...lines(["CERTIFICATE OF LIABILITY INSURANCE", "Named Insured: Acme Roofing Inc", "GENERAL LIABILITY", "P0licy Number: GL-55"]),
      [50, 648, "Each Occurrence"], [200, 648, "$1,000,000", 0.6],
      [50, 635, "General Aggregate"], [200, 635, "$2,000,000", 0.97],
    ];
    const read = readLabelLayout([items(pieces, "words")], "scan")!;
    const gl = read.parsed.coverages.commercial_general_liability!;
    expect(gl.policy_number_string).toBe("GL-55");
    expect(gl.limits.each_occurrence_dollars).toBe(1_000_000);
    expect(read.confidence["coverages.commercial_general_liability.limits.each_occurrence_dollars"]).toBe(0.6);
    expect(read.confidence["coverages.commercial_general_liability.limits.general_aggregate_dollars"]).toBe(0.95);
  });

  it("reads a page printed glyph by glyph as it reads one printed line by line", () => {
    const text = lines(["CERTIFICATE OF INSURANCE", "Insured: Acme Roofing Inc", "GENERAL LIABILITY", "Policy Number: GL-55", "Each Occurrence: $1,000,000"]);
    const whole = readLabelLayout([items(text)], "other")!;
    const glyphs = readLabelLayout([items(text, "glyphs")], "other")!;
    expect(glyphs.parsed).toEqual(whole.parsed);
    expect(whole.parsed.coverages.commercial_general_liability!.limits.each_occurrence_dollars).toBe(1_000_000);
  });
});

describe("pages that are not a certificate this reader understands", () => {
  it("leaves a request for a certificate (its words, none of its values) to the next reader", () => {
    expect(readLabelLayout([items(lines([
      "Request for Certificate of Insurance", "Please send a certificate naming us as certificate holder.",
      "General liability: each occurrence limit of at least one million dollars.", "Workers compensation as required by law.",
    ]))], "other")).toBeNull();
  });

  it("leaves an invoice with amounts and a policy number to the next reader", () => {
    expect(readLabelLayout([items(lines(["INVOICE 2025-117", "Bill to: Acme Roofing Inc", "Policy Number: GL-55", "Amount due: $1,250", "Each occurrence: $1,000,000"]))], "other")).toBeNull();
  });
});

describe("remarks", () => {
  it("reads additional insureds from the remarks and from a granting sentence, not from the disclaimer", () => {
    const read = readLabelLayout([items(lines([
      "CERTIFICATE OF LIABILITY INSURANCE",
      "IMPORTANT: If the certificate holder is an ADDITIONAL INSURED, the policy(ies) must have ADDITIONAL INSURED provisions.",
      "Insured: Acme Roofing Inc", "GENERAL LIABILITY", "Policy Number: GL-55", "Each Occurrence: $1,000,000",
      "Riverside Property Management is included as additional insured with respect to general liability.",
      "CERTIFICATE HOLDER", "Riverside Property Management", "Salem, OR 97301",
    ]))], "other")!;
    expect(read.parsed.description_of_operations.additional_insured_names).toEqual(["Riverside Property Management"]);
  });
});
