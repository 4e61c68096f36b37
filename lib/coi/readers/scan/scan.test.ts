import { afterAll, describe, expect, it } from "vitest";
import { CertificateReadError } from "../../errors";
import { REVIEW_CONFIDENCE } from "../../evaluate";
import { expectedParsed, sampleCertificate } from "../../generator";
import { fillRealForm } from "../../generator/real-form/fill";
import { forRealForm } from "../../generator/real-form/prepare";
import { REAL_BLANK_2016, sharedMissing } from "../../shared-data";
import { compareParsed } from "../../generator/compare";
import { noiseScanPdf, scanPdf } from "../../generator/scan";
import { terminateOcr } from "../../ocr/tesseract";
import { readCertificate } from "../../read-certificate";
import { buildScanCase, scanCases } from "../../generator/real-form/scan-corpus";
import { oneChar } from "../../ocr/tesseract";
import { applyOcrConfidence, OCR_UNSURE } from "./ocr-confidence";

// The OCR path end to end on one small generated scan (each OCR'd page costs seconds, so only a few).

const NOW = new Date("2025-01-15T12:00:00Z");
const missing = sharedMissing(REAL_BLANK_2016);
if (missing) console.log(`scan test on the real form ${missing}`);

afterAll(() => terminateOcr());

describe("scanned certificates", () => {
  it.skipIf(!!missing)("reads a slightly askew, noisy scan of the sample on the real form by OCR, with no limit misread as certain", async () => {
    const desc = forRealForm(sampleCertificate({ now: NOW }), "2016/03");
    const bytes = await scanPdf(await fillRealForm(desc, "flattened", 4), { dpi: 200, rotation: 0.6, blur: 0.5, noise: 20, seed: 4 });
    const read = await readCertificate(bytes);
    expect(read.shape).toBe("scan");
    const outcomes = compareParsed(read.parsed, expectedParsed(desc));
    const accuracy = outcomes.filter((o) => o.ok).length / outcomes.length;
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    for (const o of outcomes.filter((x) => x.limitMisread)) expect(read.confidence[o.path], o.path).toBeLessThan(REVIEW_CONFIDENCE);
    const gl = read.parsed.coverages.commercial_general_liability!;
    expect(gl.limits.each_occurrence_dollars).toBe(1_000_000);
    expect(gl.policy_number_string).toBe("CGL-2024-001");
    expect(read.parsed.insured.name).toBe("Acme Corporation LLC");
    // A scan is never as certain as printed text.
    expect(Math.max(...Object.values(read.confidence))).toBeLessThan(0.98);
  }, 60_000);

  it.skipIf(!!missing)("reads page 2 of a scan, an ACORD 101 continuing the remarks, into the description of operations", async () => {
    const built = await buildScanCase(scanCases().find((c) => c.id === "scan-multi-001")!);
    const read = await readCertificate(built.bytes);
    const want = built.truth.description_of_operations.text!;
    // The sentences printed on page 2 only.
    expect(want).toMatch(/Location: all job sites/);
    const text = compareParsed(read.parsed, built.truth).find((o) => o.path === "description_of_operations.text")!;
    expect(text.ok, `read ${JSON.stringify(text.read)}`).toBe(true);
    expect(read.confidence["description_of_operations.text"]).toBeLessThan(0.98);
  }, 60_000);

  it.skipIf(!!missing)("reads again, with the rule left in, a line whose letters lost their feet to a rule (KESTREL, not KESTREI.)", async () => {
    // 300 dpi, the page printed low: the insurers' names stand on the rules under them.
    const built = await buildScanCase(scanCases().find((c) => c.id === "scan-multi-002")!);
    const read = await readCertificate(built.bytes);
    const letters = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");
    // Read from the clean page alone these came back "KESTREI. SPECIAL. TY INSURANCE", "ATI .ANTIC SHORE CASIAT.TY".
    expect(read.parsed.insurers[0].name).toBe(built.truth.insurers[0].name);
    expect(letters(read.parsed.insurers[1].name)).toBe(letters(built.truth.insurers[1].name));
    for (const o of compareParsed(read.parsed, built.truth).filter((x) => x.limitMisread)) expect(read.confidence[o.path], o.path).toBeLessThan(REVIEW_CONFIDENCE);
  }, 60_000);

  it("ends a scan with nothing legible on it in unreadable_certificate, asking for a clearer scan", async () => {
    const error = await readCertificate(await noiseScanPdf()).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateReadError);
    expect((error as CertificateReadError).code).toBe("unreadable_certificate");
    expect((error as CertificateReadError).message).toMatch(/scanned image.*clearer scan/s);
  }, 60_000);

  it("takes one letter from tesseract's text, less sure of it when a speck came with it", () => {
    expect(oneChar({ text: "C\n", confidence: 91 })).toEqual({ text: "C", confidence: 0.91 });
    expect(oneChar({ text: "Cc", confidence: 88 })).toEqual({ text: "C", confidence: 0.88 });
    expect(oneChar({ text: "c€", confidence: 95 })).toEqual({ text: "C", confidence: 0.7 });
    expect(oneChar({ text: "FE", confidence: 90 })).toBeNull();
    expect(oneChar({ text: "", confidence: 0 })).toBeNull();
  });

  it("does not present an OCR'd limit as certain when the word was unsure or the amount is not round", () => {
    const source = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], page_size: [612, 792] as [number, number] };
    const fields = new Map([
      ["GeneralLiability_EachOccurrence_LimitAmount_A", { value: "1,000,000", source, confidence: 0.96 }],
      ["GeneralLiability_GeneralAggregate_LimitAmount_A", { value: "2,000,080", source, confidence: 0.96 }],
      ["Vehicle_CombinedSingleLimit_EachAccidentAmount_A", { value: "1,000,000", source, confidence: 0.8 }],
      ["ExcessUmbrella_Umbrella_EachOccurrenceAmount_A", { value: "1,00,000", source, confidence: 0.96 }],
    ]);
    applyOcrConfidence(fields);
    expect(fields.get("GeneralLiability_EachOccurrence_LimitAmount_A")!.confidence).toBeGreaterThanOrEqual(REVIEW_CONFIDENCE);
    for (const name of ["GeneralLiability_GeneralAggregate_LimitAmount_A", "Vehicle_CombinedSingleLimit_EachAccidentAmount_A", "ExcessUmbrella_Umbrella_EachOccurrenceAmount_A"]) {
      expect(fields.get(name)!.confidence, name).toBeLessThanOrEqual(OCR_UNSURE);
    }
  });
});
