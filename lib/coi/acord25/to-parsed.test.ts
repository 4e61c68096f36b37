import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { evaluateCertificate } from "../evaluate";
import { certificateLayout, sampleCertificate } from "../generator";
import { readCertificate } from "../read-certificate";
import { ACORD25_FIELDS, REMARKS_CONTINUATION_FIELD, unletteredInsurerFields } from "./field-names";
import type { FieldValue, FieldValues } from "./field-values";
import { fieldsToParsed } from "./to-parsed";

const SOURCE = { page: 1, box: [0, 0, 10, 10] as [number, number, number, number], page_size: [612, 792] as [number, number] };
const values = (entries: Record<string, string | boolean>): FieldValues =>
  new Map(Object.entries(entries).map(([k, v]): [string, FieldValue] => [k, { value: v, source: SOURCE, confidence: 1 }]));

describe("ACORD 25 field coverage", () => {
  it("the mapping reads every field of ACORD25.md", () => {
    const all = values(Object.fromEntries(Object.entries(ACORD25_FIELDS).map(([name, kind]) => [name, kind === "checkbox" ? true : "1"])));
    const { used } = fieldsToParsed(all);
    expect(Object.keys(ACORD25_FIELDS).filter((name) => !used.has(name))).toEqual([]);
  });

  it("the generator places every field of ACORD25.md exactly once, with its kind", () => {
    const pages = certificateLayout(sampleCertificate({ description_of_operations: { text: "x", continuation: "y", additional_insured_names: [] } }));
    const slots = pages.flatMap((p) => p.slots);
    const names = slots.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([...Object.keys(ACORD25_FIELDS), REMARKS_CONTINUATION_FIELD].sort());
    for (const slot of slots) {
      if (slot.name !== REMARKS_CONTINUATION_FIELD) expect(slot.kind).toBe(ACORD25_FIELDS[slot.name as keyof typeof ACORD25_FIELDS]);
    }
  });
});

describe("fieldsToParsed never guesses", () => {
  it("keeps unreadable printed values null with zero confidence", () => {
    const { parsed, confidence, sources } = fieldsToParsed(values({
      Policy_GeneralLiability_PolicyNumberIdentifier_A: "CGL-1",
      GeneralLiability_EachOccurrence_LimitAmount_A: "Included",
      GeneralLiability_GeneralAggregate_LimitAmount_A: "$2,000,000",
      Policy_GeneralLiability_ExpirationDate_A: "TBD",
      CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A: "?",
      Form_CompletionDate_A: "31/12/2024",
    }));
    const gl = parsed.coverages.commercial_general_liability!;
    const path = "coverages.commercial_general_liability";
    expect(gl.limits.each_occurrence_dollars).toBeNull();
    expect(confidence[`${path}.limits.each_occurrence_dollars`]).toBe(0);
    expect(gl.limits.general_aggregate_dollars).toBe(2_000_000);
    expect(confidence[`${path}.limits.general_aggregate_dollars`]).toBe(1);
    expect(gl.policy_expiration_date).toBeNull();
    expect(confidence[`${path}.policy_expiration_date`]).toBe(0);
    expect(gl.additional_insured).toBeNull();
    expect(confidence[`${path}.additional_insured`]).toBe(0);
    expect(parsed.certificate_date).toBeNull();
    expect(confidence.certificate_date).toBe(0);
    // The source says why: the reviewer sees what was printed instead of an amount.
    expect(sources[`${path}.limits.each_occurrence_dollars`]).toEqual({ ...SOURCE, note: 'printed as "Included", which is not an amount' });
    expect(sources[`${path}.policy_expiration_date`].note).toMatch(/which is not a date$/);
    expect(sources[`${path}.limits.general_aggregate_dollars`].note).toBeUndefined();
    // Blank boxes record nothing: there is nothing on the page to point at.
    expect(sources[`${path}.limits.medical_expense_dollars`]).toBeUndefined();
  });

  it("keeps an insurer printed without a letter letter-less, after the lettered ones, with its source", () => {
    const { name, naic } = unletteredInsurerFields(1);
    const mapped = fieldsToParsed(values({ Insurer_FullName_B: "Bayview Mutual", [name]: "Harbor Mutual Insurance Co.", [naic]: "12345" }));
    expect(mapped.parsed.insurers).toEqual([
      { letter: "B", name: "Bayview Mutual", naic: null },
      { letter: null, name: "Harbor Mutual Insurance Co.", naic: "12345" },
    ]);
    expect(mapped.confidence["insurers.1.name"]).toBe(1);
  });

  it("a row whose policy number says there is none (N/A, NONE, EXCLUDED) is no coverage", () => {
    for (const none of ["N/A", "NONE", "Excluded", "---"]) {
      const { parsed } = fieldsToParsed(values({ Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A: none }));
      expect(parsed.coverages.workers_compensation, none).toBeUndefined();
    }
    const { parsed } = fieldsToParsed(values({ Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A: "WC-N/A-1" }));
    expect(parsed.coverages.workers_compensation?.policy_number_string).toBe("WC-N/A-1");
  });

  it("does not keep sources of a coverage that turned out absent", () => {
    const { parsed, sources } = fieldsToParsed(values({
      Policy_AutomobileLiability_EffectiveDate_A: "01/01/2025",
      Vehicle_AnyAutoIndicator_A: true,
      NamedInsured_FullName_A: "Acme",
    }));
    expect(parsed.coverages.automobile_liability).toBeUndefined();
    expect(Object.keys(sources)).toEqual(["insured.name"]);
  });

  it("an unreadable limit on a real PDF fails its rule for manual review instead of passing or reading as absent", async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([612, 792]);
    const form = doc.getForm();
    const fields: Record<string, string> = {
      NamedInsured_FullName_A: "Acme Corporation LLC",
      Policy_GeneralLiability_PolicyNumberIdentifier_A: "CGL-1",
      GeneralLiability_EachOccurrence_LimitAmount_A: "1,000,000 / 2,000,000",
    };
    Object.entries(fields).forEach(([name, value], i) => {
      const f = form.createTextField(name);
      f.setText(value);
      f.addToPage(page, { x: 40, y: 700 - i * 30, width: 300, height: 20 });
    });
    const read = await readCertificate(await doc.save());
    expect(read.parsed.coverages.commercial_general_liability!.limits.each_occurrence_dollars).toBeNull();
    const [outcome] = evaluateCertificate({
      parsed: read.parsed,
      confidence: read.confidence,
      rules: { coverages: { commercial_general_liability: { limits: { each_occurrence_dollars: 1_000_000 } } } },
      contractor: { first_name: null, last_name: null, company_name: "Acme Corporation" },
      now: new Date("2025-01-15T00:00:00Z"),
    });
    expect(outcome.result).toBe("fail");
    expect(outcome.message).toContain("is printed but could not be read");
    expect(outcome.message).toContain("review the certificate manually");
  });
});
