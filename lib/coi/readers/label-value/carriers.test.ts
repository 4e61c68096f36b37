import { describe, expect, it } from "vitest";
import { readCertificate } from "../../read-certificate";
import { layoutPdf, type Layout } from "./layout-pdf";

// Carriers' own ACORD-like prints (Federated, Coterie): the ACORD sections and limit labels, laid out in their own
// grid or as blocks, so the ACORD form reader does not fit them.

describe("carriers' ACORD-like prints", () => {
  it("reads blocks whose labels sit above their values, and several pairs on one line", async () => {
    const lines: Layout = [
      [[150, "CERTIFICATE OF LIABILITY INSURANCE", 14]],
      12,
      [[50, "PRODUCER"], [330, "INSURER(S) AFFORDING COVERAGE"], [520, "NAIC #"]],
      [[60, "Acme Insurance Agency"], [330, "INSURER A : Federated Mutual Insurance Co."], [520, "13935"]],
      [[60, "1 Main St"], [330, "INSURER B : Federated Service Insurance Co."], [520, "28304"]],
      [[60, "Owatonna, MN 55060"]],
      8,
      [[50, "INSURED"]],
      [[60, "Bright Electric Inc"]],
      [[60, "22 Oak Ave"]],
      [[60, "Tulsa, OK 74103"]],
      12,
      [[50, "COMMERCIAL GENERAL LIABILITY", 10]],
      [[60, "INSURER"], [160, "POLICY NUMBER"], [300, "EFFECTIVE DATE"], [420, "EXPIRATION DATE"]],
      [[60, "A"], [160, "CGL 1234567"], [300, "01/01/2025"], [420, "01/01/2026"]],
      [[60, "EACH OCCURRENCE"], [220, "GENERAL AGGREGATE"], [400, "PRODUCTS-COMP/OP AGG"]],
      [[60, "$1,000,000"], [220, "$2,000,000"], [400, "$2,000,000"]],
      [[60, "DAMAGE TO RENTED PREMISES"], [220, "MED EXP (ANY ONE PERSON)"], [400, "PERSONAL & ADV INJURY"]],
      [[60, "$300,000"], [220, "$10,000"], [400, "$1,000,000"]],
      12,
      [[50, "AUTOMOBILE LIABILITY", 10]],
      [[60, "Insurer: A   Policy Number: BA 7654321   Policy Term: Jan 1, 2025 - Jan 1, 2026"]],
      [[60, "Combined Single Limit $1,000,000 Bodily Injury Per Person $500,000"]],
      12,
      [[50, "WORKERS COMPENSATION AND EMPLOYERS' LIABILITY", 10]],
      [[60, "Insurer: B"], [200, "Policy Number: WC 1112223"], [380, "Policy Period: 01/01/2025 to 01/01/2026"]],
      [[60, "WC STATUTORY LIMITS"], [220, "E.L. EACH ACCIDENT $1,000,000"], [400, "E.L. DISEASE - EA EMPLOYEE $1,000,000"]],
      [[60, "E.L. DISEASE - POLICY LIMIT $1,000,000"]],
      12,
      [[50, "CERTIFICATE HOLDER"], [330, "AUTHORIZED REPRESENTATIVE"]],
      [[60, "Lakeside Builders LLC"], [340, "J. Smith"]],
      [[60, "9 Lake Rd"]],
      [[60, "Madison, WI 53703"]],
    ];
    const read = await readCertificate(await layoutPdf(lines));
    const p = read.parsed;
    expect(p.producer).toMatchObject({ name: "Acme Insurance Agency", address: { line1: "1 Main St", line2: null, city: "Owatonna", state: "MN", postal_code: "55060" } });
    expect(p.insurers).toEqual([
      { letter: "A", name: "Federated Mutual Insurance Co.", naic: "13935" },
      { letter: "B", name: "Federated Service Insurance Co.", naic: "28304" },
    ]);
    expect(p.insured.name).toBe("Bright Electric Inc");
    const gl = p.coverages.commercial_general_liability!;
    expect(gl).toMatchObject({ insurer_letter: "A", policy_number_string: "CGL 1234567", policy_effective_date: "01/01/2025", policy_expiration_date: "01/01/2026" });
    expect(gl.limits).toEqual({
      each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000, products_completed_operations_dollars: 2_000_000,
      damage_to_rented_premises_dollars: 300_000, medical_expense_dollars: 10_000, personal_advertising_injury_dollars: 1_000_000,
    });
    const auto = p.coverages.automobile_liability!;
    expect(auto).toMatchObject({ insurer_letter: "A", policy_number_string: "BA 7654321", policy_effective_date: "01/01/2025", policy_expiration_date: "01/01/2026" });
    expect(auto.limits).toMatchObject({ combined_single_limit_dollars: 1_000_000, bodily_injury_per_person_dollars: 500_000 });
    const wc = p.coverages.workers_compensation!;
    expect(wc).toMatchObject({ insurer_letter: "B", policy_number_string: "WC 1112223", policy_expiration_date: "01/01/2026", statutory: true });
    expect(wc.limits).toEqual({ el_each_accident_dollars: 1_000_000, el_disease_each_employee_dollars: 1_000_000, el_disease_policy_limit_dollars: 1_000_000 });
    expect(p.certificate_holder).toMatchObject({ name: "Lakeside Builders LLC", address: { city: "Madison", state: "WI", postal_code: "53703" } });
    expect(p.description_of_operations.signature).toBe(true);
    expect(p.authorized_representative).toBe("J. Smith");
  });

  it("reads a value printed a point off its label's baseline", async () => {
    const lines: Layout = [
      [[150, "CERTIFICATE OF LIABILITY INSURANCE", 14]],
      [[50, "INSURED: Bright Electric Inc"]],
      [[50, "GENERAL LIABILITY"]],
      [[50, "Policy Number: GL-9"], [250, "Each Occurrence $1,000,000"]],
    ];
    const pdf = await layoutPdf(lines);
    // The insurer's name is drawn 1.8 pt above the label's baseline, level with the text line above it.
    const { PDFDocument, StandardFonts } = await import("pdf-lib");
    const doc = await PDFDocument.load(pdf);
    const page = doc.getPage(0);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.drawText("Boston, MA 02110", { x: 50, y: 604.5, size: 9, font });
    page.drawText("Great Lakes Casualty Co.", { x: 110, y: 601.8, size: 9, font });
    page.drawText("INSURER A :", { x: 50, y: 600, size: 9, font });
    page.drawText("20060", { x: 300, y: 598.8, size: 9, font });
    const read = await readCertificate(await doc.save());
    expect(read.parsed.insurers).toEqual([{ letter: "A", name: "Great Lakes Casualty Co.", naic: "20060" }]);
  });
});
