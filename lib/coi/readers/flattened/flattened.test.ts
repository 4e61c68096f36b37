import { describe, expect, it } from "vitest";
import { evaluateCertificate } from "../../evaluate";
import { expectedParsed, generateCertificatePdf, sampleCertificate, type SampleOverrides } from "../../generator";
import { compareParsed } from "../../generator/compare";
import { buildEntry, corpusEntries } from "../../generator/corpus";
import type { PrintOptions } from "../../generator/print";
import { openPdf } from "../../pdf/open-pdf";
import { PdfPages } from "../../pdf/pdf-pages";
import { readCertificate } from "../../read-certificate";
import { readAcordLayout } from ".";

// Flattened ACORD 25 (values printed as text) read back exactly, however the agency system printed it.

const NOW = new Date("2025-01-15T12:00:00Z");
const sample = (o: SampleOverrides = {}) => sampleCertificate({ now: NOW, ...o });

async function flatRoundTrip(desc = sample(), print?: PrintOptions) {
  const result = await readCertificate(await generateCertificatePdf(desc, { mode: "flattened", print }));
  expect(result.shape).toBe("flattened");
  expect(result.parsed).toEqual(expectedParsed(desc));
  return result;
}

describe("flattened ACORD 25 reader", () => {
  it("reads the sample exactly, each value with its box on the page and a confidence that passes rules", async () => {
    const result = await flatRoundTrip();
    const path = "coverages.commercial_general_liability.limits.each_occurrence_dollars";
    expect(result.sources[path]).toMatchObject({ page: 1, page_size: [612, 792] });
    const [x, y] = result.sources[path].box;
    expect(x).toBeGreaterThan(518);
    expect(y).toBeGreaterThan(525);
    expect(Math.min(...Object.values(result.confidence))).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a page printed shifted and scaled onto A4, in another font, with ✓ check marks and nudged values", async () => {
    const desc = sample({ format: { date: "YYYY-MM-DD", amount: "dollar_space", yes: "X", no: "" } });
    await flatRoundTrip(desc, { pageSize: [595.28, 841.89], scale: 0.94, offset: [10, 45], jitter: 1.2, seed: 7, valueFont: "TimesRoman", check: "check" });
    await flatRoundTrip(desc, { scale: 0.9, offset: [30, 20], valueFont: "Courier", check: "heavy-check", jitter: 1.5, seed: 3 });
  });

  it("counts a drawn signature image in the AUTHORIZED REPRESENTATIVE box as signed", async () => {
    const desc = sample({ authorized_representative: null });
    desc.signature_image = true;
    const result = await flatRoundTrip(desc);
    expect(result.parsed.description_of_operations.signature).toBe(true);
    expect(result.sources["description_of_operations.signature"].page).toBe(1);
    const unsigned = await flatRoundTrip(sample({ authorized_representative: null }));
    expect(unsigned.parsed.description_of_operations.signature).toBe(false);
  });

  it("continues the description from an additional remarks page 2, keeping the agent's line breaks", async () => {
    const desc = sample({
      description_of_operations: {
        text: "Project: Warehouse 7, 1200 Harbor Blvd.",
        continuation: "Additional Insured: Client Corp Inc.; O'Brien & Sons, L.L.C.\nPrimary and non-contributory.",
        additional_insured_names: ["Client Corp Inc", "O'Brien & Sons, L.L.C"],
        primary_non_contributory: true,
      },
    });
    const result = await flatRoundTrip(desc);
    expect(result.parsed.description_of_operations.text).toBe(`${desc.description_of_operations.text}\n${desc.description_of_operations.continuation}`);
    expect(result.sources["description_of_operations.text_continued"]).toBeUndefined();
    expect(result.sources["description_of_operations.text"].page).toBe(1);
  });

  it("reads owner-password-protected flattened certificates", async () => {
    const desc = sample();
    const bytes = await generateCertificatePdf(desc, { mode: "flattened", encrypt: { ownerPassword: "agency-secret" } });
    expect((await readCertificate(bytes)).parsed).toEqual(expectedParsed(desc));
  });

  it("a limit whose label is missing beside it is not trusted: its rule asks for review instead of passing", async () => {
    const doc = await openPdf(await generateCertificatePdf(sample(), { mode: "flattened" }));
    const pdf = await PdfPages.load(doc);
    // The first EACH OCCURRENCE (general liability's) left out, as a damaged or odd printing might.
    const items = (await pdf.text(pdf.pages[0])).filter((item, i, all) => !(item.text === "EACH OCCURRENCE" && all.findIndex((o) => o.text === item.text) === i));
    const read = (await readAcordLayout([items], "flattened", async () => [], async () => false))!;
    await doc.destroy();
    const path = "coverages.commercial_general_liability.limits.each_occurrence_dollars";
    expect(read.parsed.coverages.commercial_general_liability!.limits.each_occurrence_dollars).toBe(1_000_000);
    expect(read.confidence[path]).toBeLessThan(0.9);
    expect(read.confidence["coverages.commercial_general_liability.limits.general_aggregate_dollars"]).toBeGreaterThanOrEqual(0.9);
    const [outcome] = evaluateCertificate({
      parsed: read.parsed, confidence: read.confidence, now: NOW,
      rules: { coverages: { commercial_general_liability: { limits: { each_occurrence_dollars: 1_000_000 } } } },
      contractor: { first_name: null, last_name: null, company_name: "Acme Corporation" },
    });
    expect(outcome.result).toBe("fail");
    expect(outcome.message).toContain("review the certificate manually");
  });

  it("reads a slice of the corpus's shifted printings with every field right", async () => {
    for (const entry of corpusEntries(["flattened-shifted"]).slice(0, 6)) {
      const built = await buildEntry(entry);
      const read = await readCertificate(built.bytes);
      const wrong = compareParsed(read.parsed, expectedParsed(built.desc)).filter((o) => !o.ok);
      expect(wrong, entry.id).toEqual([]);
    }
  });
});
