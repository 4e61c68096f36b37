import { describe, expect, it } from "vitest";
import { readCertificate } from "../../read-certificate";
import { layoutPdf, type Layout } from "./layout-pdf";

// Platforms' own certificates (Next Insurance, Thimble, Hiscox, Pie, 1099Policy-style): one policy per block,
// "Label: value" lines or a label column beside a value column, worded dates, letter-less insurers.

const GL = "coverages.commercial_general_liability";

describe("platform certificates", () => {
  it("reads a letter-style certificate: policy fields printed before the coverage, limits as 'Label $amount'", async () => {
    const lines: Layout = [
      [[180, "Certificate of Insurance", 16]],
      12,
      [[50, "Date issued: January 5, 2025"]],
      [[50, "Policyholder: Jane's Plumbing LLC"]],
      [[50, "Policy Number: NXT-GL-123456"]],
      [[50, "Policy Period: 01/05/2025 - 01/05/2026"]],
      [[50, "Underwritten by: State National Insurance Company, Inc. (NAIC 12831)"]],
      8,
      [[50, "General Liability", 11]],
      [[50, "Each Occurrence Limit $1,000,000"]],
      [[50, "General Aggregate Limit $2,000,000"]],
      [[50, "Products-Completed Operations Aggregate $2,000,000"]],
      [[50, "Damage to Premises Rented to You $100,000"]],
      [[50, "Medical Expense Limit $5,000"]],
      [[50, "Personal and Advertising Injury $1,000,000"]],
      8,
      [[50, "Certificate Holder", 11]],
      [[50, "Northgate Builders Group"]],
      [[50, "88 Commerce Way"]],
      [[50, "Boise, ID 83702"]],
      8,
      [[50, "Additional Insured: Northgate Builders Group"]],
      8,
      [[50, "Authorized Representative: Jane Roe"]],
    ];
    const read = await readCertificate(await layoutPdf(lines));
    expect(read.shape).toBe("other");
    const p = read.parsed;
    expect(p.certificate_date).toBe("01/05/2025");
    expect(p.insured.name).toBe("Jane's Plumbing LLC");
    expect(p.insurers).toEqual([{ letter: null, name: "State National Insurance Company, Inc.", naic: "12831" }]);
    const gl = p.coverages.commercial_general_liability!;
    expect(gl).toMatchObject({ insurer_letter: null, policy_number_string: "NXT-GL-123456", policy_effective_date: "01/05/2025", policy_expiration_date: "01/05/2026" });
    expect(gl.limits).toEqual({
      each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000, products_completed_operations_dollars: 2_000_000,
      damage_to_rented_premises_dollars: 100_000, medical_expense_dollars: 5_000, personal_advertising_injury_dollars: 1_000_000,
    });
    expect(Object.keys(p.coverages)).toEqual(["commercial_general_liability"]);
    expect(p.certificate_holder).toEqual({ name: "Northgate Builders Group", address: { line1: "88 Commerce Way", line2: null, city: "Boise", state: "ID", postal_code: "83702" } });
    expect(p.description_of_operations.additional_insured_names).toEqual(["Northgate Builders Group"]);
    expect(p.description_of_operations.signature).toBe(true);
    expect(p.authorized_representative).toBe("Jane Roe");
    // One coverage on the certificate: the policy fields printed above it are surely its own.
    expect(read.confidence[`${GL}.policy_number_string`]).toBe(0.95);
    expect(read.confidence[`${GL}.limits.each_occurrence_dollars`]).toBe(0.95);
    expect(read.sources[`${GL}.policy_expiration_date`].box[0]).toBeGreaterThan(100);
  });

  it("reads a label column beside a value column, two policies, and keeps words printed for amounts out of them", async () => {
    const row = (label: string, value: string): [number, string][] => [[50, label], [220, value]];
    const lines: Layout = [
      [[150, "CERTIFICATE OF LIABILITY INSURANCE", 14]],
      12,
      row("Named Insured", "Bob's Handyman Services"),
      row("Insurer", "Hiscox Insurance Company Inc."),
      8,
      row("Coverage", "Professional Liability"),
      row("Policy Number", "P100.123.456"),
      row("Effective Date", "Jan 5 2025"),
      row("Expiration Date", "2026-01-05"),
      row("Each Claim", "$1M"),
      row("Aggregate", "$2 million"),
      8,
      row("Coverage", "General Liability"),
      row("Policy Number", "GL-77"),
      row("Effective Date", "1/5/2025"),
      row("Expiration Date", "01/05/26"),
      row("Each Occurrence", "1000000"),
      row("General Aggregate", "2,000,000"),
      row("Damage to Rented Premises", "Included"),
      row("Medical Expense", "N/A"),
      8,
      row("Certificate Holder", "City of Austin"),
      8,
      [[50, "Signature: ______________________"]],
    ];
    const read = await readCertificate(await layoutPdf(lines));
    const p = read.parsed;
    expect(p.insured.name).toBe("Bob's Handyman Services");
    expect(p.insurers).toEqual([{ letter: null, name: "Hiscox Insurance Company Inc.", naic: null }]);
    expect(p.coverages.other).toEqual([
      {
        insurer_letter: null, policy_number_string: "P100.123.456", policy_effective_date: "01/05/2025", policy_expiration_date: "01/05/2026",
        additional_insured: false, subrogation_waived: false, description: "Professional Liability", limits: { "Each Claim": 1_000_000, Aggregate: 2_000_000 },
      },
    ]);
    const gl = p.coverages.commercial_general_liability!;
    expect(gl).toMatchObject({ policy_number_string: "GL-77", policy_effective_date: "01/05/2025", policy_expiration_date: "01/05/2026" });
    expect(gl.limits).toMatchObject({ each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000, damage_to_rented_premises_dollars: null, medical_expense_dollars: null });
    // "Included" and "N/A" are printed where a required amount goes: null, and a person reviews.
    expect(read.confidence[`${GL}.limits.damage_to_rented_premises_dollars`]).toBe(0);
    expect(read.confidence[`${GL}.limits.medical_expense_dollars`]).toBe(0);
    expect(p.certificate_holder.name).toBe("City of Austin");
    expect(p.description_of_operations.signature).toBe(false);
  });
});
