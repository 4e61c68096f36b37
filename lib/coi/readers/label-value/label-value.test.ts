import { describe, expect, it } from "vitest";
import { expectedParsed, sampleCertificate } from "../../generator";
import { compareParsed } from "../../generator/compare";
import { generateOtherLayoutPdf, type OtherLayout } from "../../generator/other-layouts";
import { readCertificate } from "../../read-certificate";
import { readLabelLayout } from ".";
import { scoredFor } from "../../../../scripts/bench/accuracy-targets";

// Carriers' own layouts: every field such a layout prints comes back, and nothing it does not print is invented.

const NOW = new Date("2025-01-15T12:00:00Z");

describe("other-layout reader", () => {
  for (const layout of ["letter", "columns", "table"] as OtherLayout[]) {
    it(`reads the ${layout} layout: parties, insurers, each coverage's policy and limits, remarks, holder`, async () => {
      const desc = sampleCertificate({ now: NOW, format: { amount: "dollar", date: "MM/DD/YY" } });
      const read = await readCertificate(await generateOtherLayoutPdf(desc, layout));
      expect(read.shape).toBe("other");
      const wrong = compareParsed(read.parsed, expectedParsed(desc), scoredFor(`other-${layout}`)).filter((o) => !o.ok);
      expect(wrong).toEqual([]);
      expect(read.parsed.coverages.commercial_general_liability!.limits.general_aggregate_dollars).toBe(2_000_000);
      expect(read.sources["coverages.commercial_general_liability.limits.general_aggregate_dollars"].page).toBe(1);
      // Label-read values are trusted for rules, but never as fully as a form field.
      expect(read.confidence["coverages.commercial_general_liability.limits.general_aggregate_dollars"]).toBe(0.95);
    });
  }

  it("a limit printed twice with different amounts is not trusted: confidence below review level", () => {
    const lines = ["GENERAL LIABILITY", "Policy Number: CGL-1", "Effective Date: 01/01/2025", "Each Occurrence: $1,000,000",
      "General Aggregate: $2,000,000", "Each Occurrence: $2,000,000"];
    const items = lines.map((text, i) => ({ text, source: { page: 1, box: [50, 700 - i * 12, 150, 8] as [number, number, number, number], page_size: [612, 792] as [number, number] } }));
    const read = readLabelLayout([items], "other")!;
    const path = "coverages.commercial_general_liability.limits.each_occurrence_dollars";
    expect(read.parsed.coverages.commercial_general_liability!.limits.each_occurrence_dollars).toBe(1_000_000);
    expect(read.confidence[path]).toBeLessThan(0.9);
    expect(read.confidence["coverages.commercial_general_liability.limits.general_aggregate_dollars"]).toBe(0.95);
  });
});
