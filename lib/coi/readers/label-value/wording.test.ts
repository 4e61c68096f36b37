import { describe, expect, it } from "vitest";
import type { ParsedCertificate } from "../../parsed-certificate";
import { readLabelLayout } from ".";

// The same value under the different words carriers and platforms print for it.

const at = (texts: string[]) => [
  texts.map((text, i) => ({ text, source: { page: 1, box: [50, 700 - i * 13, text.length * 4.5, 9] as [number, number, number, number], page_size: [612, 792] as [number, number] } })),
];

/** A small general liability certificate with `extra` lines after its limits. */
function read(extra: string[], head: string[] = []): ParsedCertificate {
  const lines = ["CERTIFICATE OF INSURANCE", ...head, "GENERAL LIABILITY", "Policy Number: GL-1", "Each Occurrence: $1,000,000", ...extra];
  const result = readLabelLayout(at(lines), "other");
  if (!result) throw new Error(`not read: ${lines.join(" / ")}`);
  return result.parsed;
}

describe("wording", () => {
  it.each(["Named Insured: Acme Roofing Inc", "Insured: Acme Roofing Inc", "Policyholder: Acme Roofing Inc", "Business Name: Acme Roofing Inc"])("%s names the insured", (line) => {
    expect(read([], [line]).insured.name).toBe("Acme Roofing Inc");
  });

  it.each(["Certificate Holder: City of Austin", "Holder: City of Austin", "Issued to: City of Austin", "Certificate Issued To: City of Austin"])("%s names the holder", (line) => {
    expect(read([line]).certificate_holder.name).toBe("City of Austin");
  });

  it.each([
    ["Insurer: Great Lakes Casualty Co.", null],
    ["Carrier: Great Lakes Casualty Co. NAIC # 20060", "20060"],
    ["Underwritten by Great Lakes Casualty Co. (NAIC 20060)", "20060"],
    ["Insurance Company: Great Lakes Casualty Co.", null],
  ])("%s names an insurer without a letter", (line, naic) => {
    expect(read([], [line]).insurers).toEqual([{ letter: null, name: "Great Lakes Casualty Co.", naic }]);
  });

  it.each([
    ["Policy Period: 01/05/2025 - 01/05/2026"], ["Policy Term: 1/5/2025 to 1/5/2026"], ["Effective Date: January 5, 2025   Expiration Date: Jan 5 2026"],
    ["Effective: 2025-01-05"], ["Coverage Period: 01/05/25 – 01/05/26"],
  ])("%s gives the policy dates", (line) => {
    const gl = read([line]).coverages.commercial_general_liability!;
    expect(gl.policy_effective_date).toBe("01/05/2025");
    if (!line.startsWith("Effective:")) expect(gl.policy_expiration_date).toBe("01/05/2026");
  });

  it.each([
    ["General Aggregate: $2,000,000"], ["General Aggregate Limit $2M"], ["Aggregate: $2 million"], ["GEN'L AGGREGATE 2000000"], ["Gen. Aggregate - 2,000,000"],
  ])("%s is the general aggregate", (line) => {
    expect(read([line]).coverages.commercial_general_liability!.limits.general_aggregate_dollars).toBe(2_000_000);
  });

  it("reads the remarks under their heading, with the additional insureds they name", () => {
    const p = read(["Description of Operations:", "ABC Corp and XYZ LLC are named as additional insureds per written contract.", "CERTIFICATE HOLDER", "ABC Corp"]);
    expect(p.description_of_operations.text).toBe("ABC Corp and XYZ LLC are named as additional insureds per written contract.");
    expect(p.description_of_operations.additional_insured_names).toEqual(["ABC Corp and XYZ LLC"]);
    expect(p.certificate_holder.name).toBe("ABC Corp");
  });
});

describe("amounts written with what they are", () => {
  it("reads 'Limits: $1,000,000 per occurrence / $2,000,000 aggregate' as both limits", () => {
    const limits = read(["Limits: $1,000,000 per occurrence / $2,000,000 aggregate"]).coverages.commercial_general_liability!.limits;
    expect(limits).toMatchObject({ each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 });
  });

  it("does not take the first of two amounts under one label for the limit", () => {
    const lines = ["CERTIFICATE OF INSURANCE", "GENERAL LIABILITY", "Policy Number: GL-1", "Each Occurrence: $1,000,000", "Aggregate: $1,000,000 / $2,000,000"];
    const result = readLabelLayout(at(lines), "other")!;
    expect(result.parsed.coverages.commercial_general_liability!.limits.general_aggregate_dollars).toBeNull();
    expect(result.confidence["coverages.commercial_general_liability.limits.general_aggregate_dollars"]).toBe(0);
  });
});

describe("workers compensation wording", () => {
  it("reads 'Part One: Statutory' and 'Part Two' limits written after their amounts", () => {
    const lines = ["CERTIFICATE OF INSURANCE", "Insured: Acme Roofing Inc", "Workers' Compensation and Employers' Liability", "Policy Number: WC-7",
      "Part One: Statutory", "Part Two: $1,000,000 Each Accident / $500,000 Disease - Policy Limit / $500,000 Disease - Each Employee"];
    const wc = readLabelLayout(at(lines), "other")!.parsed.coverages.workers_compensation!;
    expect(wc.statutory).toBe(true);
    expect(wc.limits).toEqual({ el_each_accident_dollars: 1_000_000, el_disease_policy_limit_dollars: 500_000, el_disease_each_employee_dollars: 500_000 });
  });
});
