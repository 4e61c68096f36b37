import { PDFDocument, PDFCheckBox, PDFTextField } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { openPdf } from "../pdf/open-pdf";
import { expectedParsed, formatAmount, formatDate, generateCertificatePdf, sampleCertificate } from ".";

const NOW = new Date("2025-01-15T12:00:00Z");

async function pageText(bytes: Uint8Array, pageNumber = 1): Promise<string> {
  const pdf = await openPdf(bytes);
  const content = await (await pdf.getPage(pageNumber)).getTextContent();
  await pdf.destroy();
  return content.items.map((i) => ("str" in i ? i.str : "")).join(" ");
}

describe("generateCertificatePdf", () => {
  it("fillable: AcroForm fields with the ACORD 25 names and the description's values", async () => {
    const desc = sampleCertificate({ now: NOW });
    const doc = await PDFDocument.load(await generateCertificatePdf(desc, { mode: "fillable" }));
    const form = doc.getForm();
    expect(form.getFields()).toHaveLength(129);
    expect((form.getField("NamedInsured_FullName_A") as PDFTextField).getText()).toBe("Acme Corporation LLC");
    expect((form.getField("GeneralLiability_GeneralAggregate_LimitAmount_A") as PDFTextField).getText()).toBe("2,000,000");
    expect((form.getField("GeneralLiability_OccurrenceIndicator_A") as PDFCheckBox).isChecked()).toBe(true);
    expect((form.getField("GeneralLiability_ClaimsMadeIndicator_A") as PDFCheckBox).isChecked()).toBe(false);
    expect(doc.getPageCount()).toBe(1);
  });

  it("fillable with qualified names nests fields under F[0].P1[0]", async () => {
    const desc = sampleCertificate({ now: NOW, format: { field_names: "qualified" } });
    const doc = await PDFDocument.load(await generateCertificatePdf(desc, { mode: "fillable" }));
    expect(doc.getForm().getField("F[0].P1[0].Producer_FullName_A[0]")).toBeDefined();
  });

  it("flattened: no form at all, the same values printed as text beside the form's labels", async () => {
    const desc = sampleCertificate({ now: NOW, format: { amount: "dollar_space", date: "YYYY-MM-DD" } });
    const bytes = await generateCertificatePdf(desc, { mode: "flattened" });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getForm().getFields()).toHaveLength(0);
    const text = await pageText(bytes);
    for (const label of ["CERTIFICATE OF LIABILITY INSURANCE", "PRODUCER", "INSURED", "INSURER A :", "COVERAGES", "INSR", "ADDL",
      "POLICY NUMBER", "EACH OCCURRENCE", "DESCRIPTION OF OPERATIONS", "CERTIFICATE HOLDER", "AUTHORIZED REPRESENTATIVE"]) {
      expect(text).toContain(label);
    }
    expect(text).toContain("$ 1,000,000");
    expect(text).toContain(formatDate(desc.coverages.commercial_general_liability!.policy_expiration_date!, "YYYY-MM-DD"));
    expect(text).toContain("Acme Corporation LLC");
  });

  it("adds page 2 only when the description continues", async () => {
    const desc = sampleCertificate({ now: NOW, description_of_operations: { text: "See page 2.", continuation: "Additional Insured: Client Corp Inc.", additional_insured_names: ["Client Corp Inc"] } });
    const bytes = await generateCertificatePdf(desc, { mode: "flattened" });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
    expect(await pageText(bytes, 2)).toContain("Additional Insured: Client Corp Inc.");
  });

  it("is reproducible", async () => {
    const desc = sampleCertificate({ now: NOW });
    const a = await generateCertificatePdf(desc, { mode: "fillable", encrypt: { ownerPassword: "x" } });
    const b = await generateCertificatePdf(desc, { mode: "fillable", encrypt: { ownerPassword: "x" } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("description helpers", () => {
  it("formats amounts and dates in every supported style", () => {
    expect(["plain", "commas", "dollar", "dollar_space", "cents"].map((f) => formatAmount(1_000_000, f as never))).toEqual([
      "1000000", "1,000,000", "$1,000,000", "$ 1,000,000", "1,000,000.00",
    ]);
    expect(["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "M/D/YYYY"].map((f) => formatDate("03/05/2025", f as never))).toEqual([
      "03/05/2025", "03/05/25", "2025-03-05", "3/5/2025",
    ]);
  });

  it("the sample is the realistic certificate tests and the demo rely on", () => {
    const parsed = expectedParsed(sampleCertificate({ now: NOW }));
    expect(Object.keys(parsed.coverages)).toEqual(["commercial_general_liability", "automobile_liability", "umbrella_liability", "workers_compensation"]);
    expect(parsed.coverages.commercial_general_liability!.limits).toMatchObject({ each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 });
    expect(parsed.certificate_holder.name).toBe("Client Corp Inc.");
    expect(parsed.insured.name).toBe("Acme Corporation LLC");
    expect(parsed.description_of_operations).toMatchObject({ additional_insured_names: ["Client Corp Inc"], signature: true });
    expect(parsed.certificate_date).toBe("01/15/2025");
  });
});
