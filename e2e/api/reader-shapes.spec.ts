import { expect, test, type Json } from "../support/fixtures";
import { imageOnlyPdf, noiseScanPdf, otherLayoutPdf, REAL_FORM_MISSING, realSamplePdf } from "../support/certificates";

// Each shape of certificate, end to end through the API: upload, final status, the fields read and the audit.
// The default requirement (standardRules) asks for general liability limits, workers compensation, the
// additional insured "Client Corp Inc.", the holder, the insured's name and a signature; the sample meets all.
// ACORD 25 shapes are the sample on the real blank (../shared): skipped, saying why, where it is absent.

if (REAL_FORM_MISSING) console.log(`reader-shapes ACORD 25 tests ${REAL_FORM_MISSING}`);

const GL = "coverages.commercial_general_liability";

function expectSampleRead(cert: Json) {
  const full = cert.review_results;
  expect(full.status).toBe("approved");
  const parsed = full.parsed_certificate_json;
  expect(parsed.insured.name).toBe("Acme Corporation LLC");
  expect(parsed.certificate_holder.name).toBe("Client Corp Inc.");
  expect(parsed.coverages.commercial_general_liability.limits).toMatchObject({ each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 });
  expect(parsed.coverages.commercial_general_liability.policy_number_string).toBe("CGL-2024-001");
  expect(parsed.coverages.workers_compensation.limits.el_each_accident_dollars).toBe(1_000_000);
  expect(parsed.description_of_operations).toMatchObject({ additional_insured_names: ["Client Corp Inc"], signature: true, waiver_of_subrogation: true });
  expect(full.sources[`${GL}.limits.each_occurrence_dollars`]).toMatchObject({ page: 1 });
  expect(full.audit_results.every((a: Json) => a.result === "pass")).toBe(true);
  expect(full.audit_results.map((a: Json) => a.rule_name)).toEqual(expect.arrayContaining(["Additional Insured Check", "Signature Check"]));
}

test.describe("reader shapes through the API", () => {
  // OCR of a scanned page takes 15–30 s on these 2 cores (more while other tests run), so scans get room.
  test.setTimeout(240_000);
  let contractorId: string;

  test.beforeEach(async ({ api }) => {
    const list = await api.json(api.get("/insurance_requirements?is_default=true"), 200);
    if (list.data.length === 0) await api.createRequirement();
    contractorId = (await api.createContractor()).id;
  });

  const upload = async (api: Parameters<Parameters<typeof test>[2]>[0]["api"], bytes: Uint8Array) =>
    api.waitFinal((await api.uploadPdf(contractorId, bytes)).id);

  test("fillable ACORD 25 (the real form's live fields)", async ({ api }) => {
    test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
    expectSampleRead(await upload(api, realSamplePdf("fillable")));
  });

  test("flattened ACORD 25 (values printed as text), each value's confidence beside its source", async ({ api }) => {
    test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
    const cert = await upload(api, realSamplePdf("flattened"));
    expectSampleRead(cert);
    expect(cert.review_results.sources[`${GL}.limits.each_occurrence_dollars`]).toMatchObject({ page: 1, confidence: 0.98 });
  });

  test("the real form printed onto A4", async ({ api }) => {
    test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
    const cert = await upload(api, realSamplePdf("a4"));
    expectSampleRead(cert);
    expect(cert.review_results.parsed_certificate_json.coverages.commercial_general_liability.occurrence).toBe(true);
    expect(cert.review_results.sources[`${GL}.limits.each_occurrence_dollars`].page_size).toEqual([595.28, 841.89]);
  });

  for (const layout of ["letter", "columns", "table"] as const) {
    test(`carrier's own layout: ${layout}`, async ({ api }) => {
      expectSampleRead(await upload(api, await otherLayoutPdf(layout)));
    });
  }

  test("owner-password-protected (encrypted) flattened certificate", async ({ api }) => {
    test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
    expectSampleRead(await upload(api, realSamplePdf("encrypted")));
  });

  test("page 2 additional remarks name the additional insured", async ({ api }) => {
    test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
    const cert = await upload(api, realSamplePdf("remarks", (d) => {
      d.description_of_operations = {
        text: "Project: Warehouse 7. See additional remarks schedule.",
        continuation: "Additional Insured: Client Corp Inc.\nWaiver of subrogation applies in favor of the certificate holder.",
        additional_insured_names: ["Client Corp Inc"],
        waiver_of_subrogation: true,
      };
    }));
    expectSampleRead(cert);
    expect(cert.review_results.parsed_certificate_json.description_of_operations.text).toContain("Additional Insured: Client Corp Inc.");
  });

  test("a flattened certificate missing its signature and with a short limit is flagged with the reasons", async ({ api }) => {
    test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
    const cert = await upload(api, realSamplePdf("flattened", (d) => {
      d.authorized_representative = null;
      d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
    }));
    expect(cert.status).toBe("flagged");
    const failed = cert.review_results.audit_results.filter((a: Json) => a.result === "fail").map((a: Json) => a.rule_path);
    expect(failed.sort()).toEqual([`${GL}.limits.each_occurrence_dollars`, "description_of_operations.signature"].sort());
  });

  test("a scanned (image-only) certificate is read by OCR: key fields right, anything unsure sent to review", async ({ api }) => {
    test.skip(!!REAL_FORM_MISSING, REAL_FORM_MISSING ?? "");
    // OCR takes seconds a page; the worker has the job's 60 s.
    const cert = await api.waitFinal((await api.uploadPdf(contractorId, realSamplePdf("scan"))).id, 150_000);
    expect(["approved", "flagged"]).toContain(cert.status);
    const full = cert.review_results;
    const parsed = full.parsed_certificate_json;
    expect(parsed.insured.name).toBe("Acme Corporation LLC");
    expect(parsed.certificate_holder.name).toBe("Client Corp Inc.");
    expect(parsed.coverages.commercial_general_liability.limits).toMatchObject({ each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 });
    expect(parsed.coverages.commercial_general_liability.policy_number_string).toBe("CGL-2024-001");
    expect(full.sources[`${GL}.limits.each_occurrence_dollars`]).toMatchObject({ page: 1, page_size: [612, 792] });
    // The sample meets every rule: whatever fails can only be a value OCR was unsure of, asking for a person.
    for (const a of full.audit_results.filter((x: Json) => x.result === "fail")) expect(a.message).toMatch(/review the certificate manually/);
  });

  for (const [name, pdf] of [["an image with no text on it", imageOnlyPdf], ["a blank page scanned with heavy noise", noiseScanPdf]] as const) {
    test(`a scan that cannot be read (${name}) ends in error, saying so`, async ({ api }) => {
      const cert = await api.waitFinal((await api.uploadPdf(contractorId, await pdf())).id, 150_000);
      expect(cert).toMatchObject({ status: "error", review_results: null, error: { code: "unreadable_certificate" } });
      expect(cert.error.message).toMatch(/scanned image.*could not be read.*clearer scan/s);
    });
  }
});
