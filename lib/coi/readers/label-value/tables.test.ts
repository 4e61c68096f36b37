import { describe, expect, it } from "vitest";
import { readCertificate } from "../../read-certificate";
import { layoutPdf, type Layout } from "./layout-pdf";

// Coverage tables in carriers' and platforms' own layouts: found from the header row, whatever its wording and
// however many lines it takes; cells go to columns by where they sit; rows start at a coverage name.

describe("coverage tables", () => {
  it("reads a table with a two-line header, wrapped coverage and insurer names, policy periods, multi-line limits cells", async () => {
    const [type, insurer, number, period, limits] = [40, 120, 240, 310, 420];
    const lines: Layout = [
      [[160, "CERTIFICATE OF INSURANCE", 14]],
      12,
      [[40, "Insured:"], [100, "Maple Street Bakery LLC"]],
      [[100, "10 Maple St"]],
      [[100, "Portland, OR 97201"]],
      16,
      [[type, "Type of"], [number, "Policy"], [period, "Policy Period"]],
      [[type, "Insurance"], [insurer, "Insurer"], [number, "Number"], [limits, "Limits"]],
      6,
      [[type, "General"], [insurer, "Federated Mutual"], [number, "CGL-5501"], [period, "01/01/2025 - 01/01/2026"], [limits, "Each Occurrence $1,000,000"]],
      [[type, "Liability"], [insurer, "Insurance Company"], [limits, "General Aggregate $2,000,000"]],
      [[limits, "Products-Comp/Op Agg $2,000,000"]],
      6,
      [[type, "Automobile"], [insurer, "Federated Mutual"], [number, "BA-5502"], [period, "01/01/2025"], [limits, "Combined Single Limit $1,000,000"]],
      [[type, "Liability"], [insurer, "Insurance Company"], [period, "01/01/2026"]],
      6,
      [[type, "Umbrella"], [insurer, "Federated Mutual"], [number, "UMB-5503"], [period, "01/01/2025 to 01/01/2026"], [limits, "Each Occurrence $5,000,000"]],
      [[insurer, "Insurance Company"], [limits, "Aggregate $5,000,000"]],
      6,
      [[type, "Workers"], [insurer, "Federated Mutual"], [number, "WC-5504"], [period, "01/01/2025 - 01/01/2026"], [limits, "Statutory"]],
      [[type, "Compensation"], [insurer, "Insurance Company"], [limits, "E.L. Each Accident $500,000"]],
      [[limits, "E.L. Disease - Each Employee $500,000"]],
      [[limits, "E.L. Disease - Policy Limit $500,000"]],
      20,
      [[40, "Certificate Holder:"]],
      [[40, "Riverside Property Management"]],
      [[40, "PO Box 12, Salem, OR 97301"]],
    ];
    const read = await readCertificate(await layoutPdf(lines));
    const c = read.parsed.coverages;
    expect(read.parsed.insured).toEqual({ name: "Maple Street Bakery LLC", address: { line1: "10 Maple St", line2: null, city: "Portland", state: "OR", postal_code: "97201" } });
    expect(read.parsed.insurers).toEqual([{ letter: null, name: "Federated Mutual Insurance Company", naic: null }]);
    const dates = { insurer_letter: null, policy_effective_date: "01/01/2025", policy_expiration_date: "01/01/2026" };
    expect(c.commercial_general_liability).toMatchObject({ ...dates, policy_number_string: "CGL-5501" });
    expect(c.commercial_general_liability!.limits).toMatchObject({ each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000, products_completed_operations_dollars: 2_000_000, medical_expense_dollars: null });
    expect(c.automobile_liability).toMatchObject({ ...dates, policy_number_string: "BA-5502" });
    expect(c.automobile_liability!.limits.combined_single_limit_dollars).toBe(1_000_000);
    expect(c.umbrella_liability).toMatchObject({ ...dates, policy_number_string: "UMB-5503", policy_type: "umbrella", limits: { each_occurrence_dollars: 5_000_000, aggregate_dollars: 5_000_000 } });
    expect(c.workers_compensation).toMatchObject({ ...dates, policy_number_string: "WC-5504", statutory: true });
    expect(c.workers_compensation!.limits).toEqual({ el_each_accident_dollars: 500_000, el_disease_each_employee_dollars: 500_000, el_disease_policy_limit_dollars: 500_000 });
    expect(read.parsed.certificate_holder.name).toBe("Riverside Property Management");
    expect(read.parsed.certificate_holder.address).toMatchObject({ line1: "PO Box 12", city: "Salem", state: "OR", postal_code: "97301" });
    for (const [path, confidence] of Object.entries(read.confidence)) if (path.includes(".limits.")) expect([path, confidence]).toEqual([path, 0.95]);
  });

  it("reads limit columns under one two-line heading, but never gives an auto row's 'Each Occurrence' as certain", async () => {
    const x = { type: 50, number: 170, eff: 260, exp: 330, occ: 410, agg: 500 };
    const row = (name: string, number: string, occ: string, agg: string): [number, string][] => [
      [x.type, name], [x.number, number], [x.eff, "2025-03-14"], [x.exp, "2026-03-14"], [x.occ, occ], [x.agg, agg],
    ];
    const lines: Layout = [
      [[170, "Certificate of Liability Insurance", 16]],
      12,
      [[50, "Carrier:"], [120, "Harbor Mutual Insurance Co."]],
      [[50, "Insured:"], [120, "Ortega Plumbing LLC"]],
      16,
      [[440, "Limits"]],
      [[x.type, "Coverage"], [x.number, "Policy #"], [x.eff, "Effective"], [x.exp, "Expires"], [x.occ, "Each Occurrence"], [x.agg, "Aggregate"]],
      row("General Liability", "GL-3310-0042", "$1,000,000", "$2,000,000"),
      row("Automobile Liability", "AL-3310-0043", "$1,000,000", "$1,000,000"),
      row("Excess Liability", "XS-2025-0077", "$5,000,000", "$5,000,000"),
      row("Workers Compensation", "WC-3310-0044", "Statutory", "Statutory"),
      20,
      [[50, "Certificate Holder:"]],
      [[50, "Northgate Builders Group"]],
      20,
      [[50, "Issued on: March 14, 2025"], [320, "Authorized Signature: ______________________"]],
    ];
    const read = await readCertificate(await layoutPdf(lines));
    const c = read.parsed.coverages;
    expect(c.commercial_general_liability!.limits).toMatchObject({ each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 });
    expect(read.confidence["coverages.commercial_general_liability.limits.each_occurrence_dollars"]).toBe(0.95);
    // The auto row's amount under "Each Occurrence" is most likely its combined single limit: a person confirms.
    expect(c.automobile_liability!.limits.combined_single_limit_dollars).toBe(1_000_000);
    expect(read.confidence["coverages.automobile_liability.limits.combined_single_limit_dollars"]).toBeLessThan(0.9);
    expect(c.umbrella_liability).toMatchObject({ policy_number_string: "XS-2025-0077", policy_type: "excess", limits: { each_occurrence_dollars: 5_000_000, aggregate_dollars: 5_000_000 } });
    expect(c.workers_compensation).toMatchObject({ policy_number_string: "WC-3310-0044", policy_effective_date: "03/14/2025", statutory: true });
    expect(c.workers_compensation!.limits).toEqual({ el_each_accident_dollars: null, el_disease_each_employee_dollars: null, el_disease_policy_limit_dollars: null });
    expect(read.parsed.insurers).toEqual([{ letter: null, name: "Harbor Mutual Insurance Co.", naic: null }]);
    expect(read.parsed.certificate_date).toBe("03/14/2025");
    expect(read.parsed.certificate_holder.name).toBe("Northgate Builders Group");
    expect(read.parsed.description_of_operations.signature).toBe(false);
  });

  it("does not take a row's second policy number for certain", async () => {
    const lines: Layout = [
      [[160, "CERTIFICATE OF INSURANCE", 14]],
      [[50, "Named Insured: Acme Roofing Inc"]],
      [[50, "COVERAGE"], [200, "POLICY NUMBER"], [300, "EFFECTIVE"], [380, "EXPIRATION"], [460, "LIMITS"]],
      [[50, "General Liability"], [200, "CGL-1"], [300, "01/01/2025"], [380, "01/01/2026"], [460, "Each Occurrence $1,000,000"]],
      [[200, "CGL-2"], [460, "Each Occurrence $2,000,000"]],
    ];
    const read = await readCertificate(await layoutPdf(lines));
    const path = "coverages.commercial_general_liability";
    expect(read.parsed.coverages.commercial_general_liability!.policy_number_string).toBe("CGL-1");
    expect(read.confidence[`${path}.policy_number_string`]).toBeLessThan(0.9);
    expect(read.confidence[`${path}.limits.each_occurrence_dollars`]).toBeLessThan(0.9);
  });
});

describe("coverage tables named otherwise", () => {
  it("takes a bare 'Policy' column beside 'Policy Number' for the coverage", async () => {
    const lines: Layout = [
      [[160, "CERTIFICATE OF INSURANCE", 14]],
      [[50, "Insured: Acme Roofing Inc"]],
      // At 9 pt the coverage name is 117 pt wide: with the next column at 170 it ended one space before the policy
      // number, which reads (to a person too) as one line of text. Columns a little apart, as tables print them.
      [[50, "Policy"], [180, "Policy Number"], [270, "Effective"], [350, "Expiration"], [440, "Limits"]],
      [[50, "Commercial General Liability"], [180, "GL-42"], [270, "01/01/2025"], [350, "01/01/2026"], [440, "Each Occurrence $1,000,000"]],
    ];
    const gl = (await readCertificate(await layoutPdf(lines))).parsed.coverages.commercial_general_liability!;
    expect(gl).toMatchObject({ policy_number_string: "GL-42", policy_expiration_date: "01/01/2026", limits: { each_occurrence_dollars: 1_000_000 } });
  });
});
