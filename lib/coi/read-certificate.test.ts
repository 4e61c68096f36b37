import { PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { CertificateReadError } from "./errors";
import {
  expectedParsed, sampleCertificate, type AmountFormat, type CertificateDescription, type DateFormat, type SampleOverrides,
} from "./generator";
import { encryptPdf } from "./generator/encrypt";
import { blankBytes } from "./generator/real-form/blanks";
import { fillRealForm } from "./generator/real-form/fill";
import { forRealForm } from "./generator/real-form/prepare";
import { readCertificate } from "./read-certificate";
import { REAL_BLANK_2016, sharedMissing } from "./shared-data";

// Round trips on the real ACORD 25 (2016/03, ../shared; skipped with the reason printed where it is absent): a
// description filled into the real form's fields → readCertificate → exactly the truth JSON of the description.

const NOW = new Date("2025-01-15T12:00:00Z");
const sample = (o: SampleOverrides = {}) => sampleCertificate({ now: NOW, ...o });
const missing = sharedMissing(REAL_BLANK_2016);
if (missing) console.log(`fillable round trips ${missing}`);

/** The description as the real form prints it (page 2 remarks folded into page 1), filled into its fields. */
async function filled(desc: CertificateDescription, qualified = false) {
  const prepared = forRealForm(desc, "2016/03");
  let bytes = await fillRealForm(prepared, "fillable", 1);
  if (qualified) bytes = await qualifyFieldNames(bytes);
  return { prepared, bytes };
}

async function roundTrip(desc: CertificateDescription, qualified = false) {
  const { prepared, bytes } = await filled(desc, qualified);
  const result = await readCertificate(bytes);
  expect(result.shape).toBe("fillable");
  expect(result.parsed).toEqual(expectedParsed(prepared));
  return result;
}

/** LiveCycle copies of the form name their fields F[0].P1[0].Name[0]: the same form, names qualified. */
async function qualifyFieldNames(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  for (const field of doc.getForm().getFields()) field.acroField.dict.set(PDFName.of("T"), PDFString.of(`F[0].P1[0].${field.getName()}[0]`));
  return doc.save();
}

async function readError(bytes: Uint8Array): Promise<CertificateReadError> {
  const error = await readCertificate(bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CertificateReadError);
  expect((error as CertificateReadError).retryable).toBe(false);
  return error as CertificateReadError;
}

describe.skipIf(!!missing)("readCertificate: fillable round trips", () => {
  it("reads the sample exactly, with a source and full confidence for each value", async () => {
    const desc = sample();
    const result = await roundTrip(desc);
    const path = "coverages.commercial_general_liability.limits.each_occurrence_dollars";
    expect(result.confidence[path]).toBe(1);
    // The real form's EACH OCCURRENCE widget: [526, 480, 590, 492] on the blank.
    expect(result.sources[path]).toEqual({ page: 1, box: [526, 480, 64, 12], page_size: [612, 792] });
    expect(result.sources["insured.name"].page).toBe(1);
    expect(result.parsed.description_of_operations.additional_insured_names).toEqual(["Client Corp Inc"]);
    // Every recorded path points into the parsed JSON, and only certain values are recorded.
    expect(Object.values(result.confidence).every((c) => c === 1)).toBe(true);
    expect(Object.keys(result.sources).sort()).toEqual(Object.keys(result.confidence).sort());
  });

  it("puts each value in its own place: every amount and date distinct, so no two boxes can be swapped unnoticed", async () => {
    const desc = sample();
    const c = desc.coverages;
    let n = 1;
    const next = () => 1_000 * n++;
    c.commercial_general_liability!.limits = {
      each_occurrence_dollars: next(), damage_to_rented_premises_dollars: next(), medical_expense_dollars: next(),
      personal_advertising_injury_dollars: next(), general_aggregate_dollars: next(), products_completed_operations_dollars: next(),
    };
    c.automobile_liability!.limits = {
      combined_single_limit_dollars: next(), bodily_injury_per_person_dollars: next(), bodily_injury_per_accident_dollars: next(),
      property_damage_dollars: next(),
    };
    c.umbrella_liability!.limits = { each_occurrence_dollars: next(), aggregate_dollars: next() };
    c.umbrella_liability!.deductible_or_retention_dollars = next();
    c.workers_compensation!.limits = { el_each_accident_dollars: next(), el_disease_each_employee_dollars: next(), el_disease_policy_limit_dollars: next() };
    const dates = ["01/02/2025", "01/03/2025", "01/04/2025", "01/05/2025", "01/06/2025", "01/07/2025", "01/08/2025", "01/09/2025"];
    for (const cov of [c.commercial_general_liability!, c.automobile_liability!, c.umbrella_liability!, c.workers_compensation!]) {
      cov.policy_effective_date = dates.shift()!;
      cov.policy_expiration_date = dates.shift()!;
    }
    c.automobile_liability!.subrogation_waived = false;
    c.umbrella_liability!.additional_insured = false;
    await roundTrip(desc);
  });

  it("reads the remarks box whole, line breaks kept", async () => {
    const desc = sample({
      description_of_operations: {
        text: "Project: Warehouse 7.",
        continuation: "Additional Insured: Client Corp Inc.; Beta Holdings, LLC\nPrimary and non-contributory.",
        additional_insured_names: ["Client Corp Inc", "Beta Holdings, LLC"],
        primary_non_contributory: true,
      },
    });
    const result = await roundTrip(desc);
    expect(result.parsed.description_of_operations.text).toBe(
      "Project: Warehouse 7.\nAdditional Insured: Client Corp Inc.; Beta Holdings, LLC\nPrimary and non-contributory.",
    );
  });

  it("leaves absent coverages out and unprinted values null", async () => {
    const full = sample();
    const result = await roundTrip(sample({
      coverages: { workers_compensation: full.coverages.workers_compensation },
      insurers: [{ letter: "C", name: "Bayview Workers Mutual", naic: null }],
      authorized_representative: null,
      certificate_number: null,
      description_of_operations: { text: null, continuation: null, additional_insured_names: [] },
    }));
    expect(Object.keys(result.parsed.coverages)).toEqual(["workers_compensation"]);
    expect(result.parsed.description_of_operations).toEqual({
      text: null, additional_insured_names: [], signature: false, waiver_of_subrogation: false, primary_non_contributory: false,
    });
    expect(result.parsed.insurers).toEqual([{ letter: "C", name: "Bayview Workers Mutual", naic: null }]);
  });

  it("does not count a row with only dates and check boxes as a coverage", async () => {
    const full = sample();
    const gl = { ...full.coverages.commercial_general_liability!, policy_number_string: null };
    gl.limits = { ...gl.limits, each_occurrence_dollars: null, damage_to_rented_premises_dollars: null, medical_expense_dollars: null,
      personal_advertising_injury_dollars: null, general_aggregate_dollars: null, products_completed_operations_dollars: null };
    const result = await roundTrip(sample({ coverages: { commercial_general_liability: gl } }));
    expect(result.parsed.coverages).toEqual({});
  });

  it("keeps odd names intact: &, apostrophes, accents", async () => {
    const text = "Müller & Söhne GmbH is included as additional insured. Additional Insured: O'Brien & Sons, L.L.C.";
    await roundTrip(sample({
      insured: { name: "O'Brien & Sons Construction, L.L.C.", address: { line1: "1 Rue de l'Église", line2: null, city: "Montréal", state: "QC", postal_code: "H2X 1Y4" } },
      certificate_holder: { name: "Société Générale Services Inc.", address: { line1: null, line2: null, city: null, state: null, postal_code: null } },
      description_of_operations: { text, continuation: null, additional_insured_names: ["Müller & Söhne GmbH", "O'Brien & Sons, L.L.C."] },
    }));
  });

  const dateFormats: DateFormat[] = ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "M/D/YYYY"];
  const amountFormats: AmountFormat[] = ["plain", "commas", "dollar", "dollar_space", "cents"];
  it.each(dateFormats.flatMap((date, i) => amountFormats.map((amount, j) => [date, amount, (i + j) % 2 === 0] as const)))(
    "reads dates printed %s and amounts printed %s (X marks: %s)",
    async (date, amount, xMarks) => {
      const desc = sample({ format: { date, amount, yes: xMarks ? "X" : "Y", no: xMarks ? "" : "N" } });
      desc.coverages.automobile_liability!.additional_insured = false;
      await roundTrip(desc);
    },
  );

  it("reads fully qualified field names (F[0].P1[0].Name[0])", async () => {
    const desc = sample({
      description_of_operations: { text: "Additional Insured: Client Corp Inc.", continuation: null, additional_insured_names: ["Client Corp Inc"] },
    });
    await roundTrip(desc, true);
  });

  it("reads every optional box: other coverage row, extra limits, excess, claims-made, exclusions", async () => {
    const desc = sample();
    const c = desc.coverages;
    Object.assign(c.commercial_general_liability!, {
      occurrence: false, claims_made: true, aggregate_limit_applies_per: "other", aggregate_limit_applies_to_other: "PER JOB",
      other_coverages: ["CONTRACTUAL LIAB", "STOP GAP"], additional_limits: [{ label: "EMPLOYEE BENEFITS", amount_dollars: 1_000_000 }],
      subrogation_waived: false,
    });
    Object.assign(c.automobile_liability!, {
      covered_autos: { any_auto: false, owned_autos_only: true, scheduled_autos: true, hired_autos_only: true, non_owned_autos_only: true },
      other_covered_autos: ["GARAGEKEEPERS"], additional_limits: [{ label: "MEDICAL PAYMENTS", amount_dollars: 5_000 }],
      limits: { combined_single_limit_dollars: null, bodily_injury_per_person_dollars: 500_000, bodily_injury_per_accident_dollars: 1_000_000, property_damage_dollars: 250_000 },
    });
    Object.assign(c.umbrella_liability!, {
      policy_type: "excess", occurrence: false, claims_made: true, deductible: true, retention: false,
      deductible_or_retention_dollars: 25_000, additional_limits: [{ label: "SIR", amount_dollars: null }],
    });
    Object.assign(c.workers_compensation!, { any_person_excluded: true, statutory: false, other_limit: true, other_limit_description: "USL&H" });
    c.other = [{
      insurer_letter: "B", policy_number_string: "PL-1001", policy_effective_date: "01/01/2025", policy_expiration_date: "01/01/2026",
      additional_insured: false, subrogation_waived: true, description: "PROFESSIONAL LIABILITY",
      limits: { "EACH CLAIM": 2_000_000, AGGREGATE: 4_000_000 },
    }];
    const result = await roundTrip(desc);
    expect(result.sources["coverages.other.0.limits.EACH CLAIM"].page).toBe(1);

    const blank = sample();
    blank.coverages.workers_compensation!.any_person_excluded = null;
    blank.coverages.umbrella_liability!.policy_type = null;
    await roundTrip(blank);
  });

  it("opens owner-password-protected PDFs", async () => {
    const { prepared, bytes: plain } = await filled(sample());
    const bytes = await encryptPdf(plain, { ownerPassword: "agency-owner" });
    expect(Buffer.from(bytes).toString("latin1")).toContain("/Encrypt");
    expect((await readCertificate(bytes)).parsed).toEqual(expectedParsed(prepared));
  });

  it("does not change the caller's bytes", async () => {
    const { bytes } = await filled(sample());
    const copy = bytes.slice();
    await readCertificate(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it("reads pages 1–2 only", async () => {
    const desc = sample({ description_of_operations: { text: "Page one.", continuation: null, additional_insured_names: [] } });
    const doc = await PDFDocument.load((await filled(desc)).bytes);
    doc.addPage([612, 792]);
    const third = doc.addPage([612, 792]);
    const field = doc.getForm().createTextField("Page3_RemarkText_A");
    field.setText("Additional Insured: Page Three Corp");
    field.addToPage(third, { x: 50, y: 500, width: 400, height: 20 });
    const result = await readCertificate(await doc.save());
    expect(result.parsed.description_of_operations.text).toBe("Page one.");
    expect(result.parsed.description_of_operations.additional_insured_names).toEqual([]);
  });
});

describe("readCertificate: errors", () => {
  it.each([
    ["random bytes", new TextEncoder().encode("this is not a pdf at all")],
    ["a PDF header with garbage", new TextEncoder().encode("%PDF-1.7\n%garbage\n1 0 obj << /Type /Catalog")],
    ["an empty file", new Uint8Array()],
  ])("rejects %s as invalid_pdf", async (_, bytes) => {
    const error = await readError(bytes);
    expect(error.code).toBe("invalid_pdf");
    expect(error.message).toMatch(/PDF|empty/);
  });

  it("rejects a truncated PDF as invalid_pdf and a PDF without pages as no_pages", async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText("CERTIFICATE OF LIABILITY INSURANCE", { x: 50, y: 700, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    const bytes = await doc.save();
    expect((await readError(bytes.slice(0, Math.floor(bytes.length / 2)))).code).toBe("invalid_pdf");
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const error = await readError(empty);
    expect(error.code).toBe("no_pages");
    expect(error.message).toContain("no pages");
  });

  it("rejects a PDF that needs a password to open as encrypted_pdf", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const bytes = await encryptPdf(await doc.save(), { ownerPassword: "o", userPassword: "u" });
    expect((await readError(bytes)).code).toBe("encrypted_pdf");
  });

  it("reports a blank page as unreadable_certificate", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const error = await readError(await doc.save());
    expect(error.code).toBe("unreadable_certificate");
    expect(error.message).toContain("No form fields or text were found");
  });

  it("reports text without certificate markers as not_a_certificate", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText("Quarterly sales report\nRevenue grew 12% over the prior quarter.", { x: 50, y: 700, size: 12, font });
    const error = await readError(await doc.save());
    expect(error.code).toBe("not_a_certificate");
    expect(error.message).toContain("none of it looks like a certificate");
  });

  it.skipIf(!!missing)("reports the real blank ACORD 25 (all fields empty) as unreadable_certificate", async () => {
    const error = await readError(await blankBytes("2016/03"));
    expect(error.code).toBe("unreadable_certificate");
    expect(error.message).toContain("blank ACORD 25 form");
  });
});
