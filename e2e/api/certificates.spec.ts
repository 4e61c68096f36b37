import { expect, test, type Json } from "../support/fixtures";
import { blankPdf, daysFrom, fillablePdf } from "../support/certificates";

const failed = (cert: Json) => cert.review_results.audit_results.filter((a: Json) => a.result === "fail");

test.describe("certificates: upload → processing → review", () => {
  let contractorId: string;

  test.beforeEach(async ({ api }) => {
    const list = await api.json(api.get("/insurance_requirements?is_default=true"), 200);
    if (list.data.length === 0) await api.createRequirement();
    contractorId = (await api.createContractor()).id;
  });

  test("a passing fillable certificate is approved with the documented shapes", async ({ api }) => {
    // How fast is measured by `npm run bench`, not asserted here: a shared CI machine can be slow.
    const created = await api.uploadPdf(contractorId, await fillablePdf(), "acme-corp-coi-2024.pdf");
    expect(created).toMatchObject({ contractor: contractorId, status: "pending", filename: "acme-corp-coi-2024.pdf", review_results: null });
    expect(created.id).toMatch(/^ci_/);
    const final = await api.waitFinal(created.id);
    expect(final.status).toBe("approved");

    const full = final.review_results;
    expect(full.id).toMatch(/^ca_/);
    expect(full.status).toBe("approved");
    const gl = full.parsed_certificate_json.coverages.commercial_general_liability;
    expect(gl.limits).toMatchObject({ each_occurrence_dollars: 1000000, general_aggregate_dollars: 2000000 });
    expect(gl.policy_number_string).toBe("CGL-2024-001");
    expect(full.parsed_certificate_json.insured.name).toBe("Acme Corporation LLC");
    expect(full.parsed_certificate_json.description_of_operations.signature).toBe(true);
    const aggregate = full.audit_results.find((a: Json) => a.rule_path === "coverages.commercial_general_liability.limits.general_aggregate_dollars");
    expect(aggregate).toMatchObject({
      result: "pass",
      rule_name: null,
      manually_approved: false,
      message:
        "Coverage for commercial general liability is sufficient. The limit for general aggregate is $2,000,000, which meets the required $2,000,000.",
    });
    expect(aggregate.id).toMatch(/^car_/);
    for (const name of ["Additional Insured Check", "Certificate Holder Check", "Insured Name Check", "Signature Check"]) {
      expect(full.audit_results.map((a: Json) => a.rule_name)).toContain(name);
    }
    expect(full.summary).toEqual({ total_rules: full.audit_results.length, passed: full.audit_results.length, failed: 0, manually_approved: 0 });
    expect(full.sources["coverages.commercial_general_liability.limits.each_occurrence_dollars"]).toMatchObject({ page: 1 });

    // the three expand spellings, and none
    const plain = await api.json(api.get(`/files/certificates/${created.id}`), 200);
    expect(plain.review_results).toBeNull();
    const abbreviated = await api.json(api.get(`/files/certificates/${created.id}?expand[]=review_results`), 200);
    expect(abbreviated.review_results).toEqual({ id: full.id, status: "approved", summary: full.summary, created: full.created });
    const bracket = await api.json(api.get(`/files/certificates/${created.id}?expand[]=${encodeURIComponent("review_results[full]")}`), 200);
    expect(bracket.review_results.audit_results).toHaveLength(full.audit_results.length);
  });

  test("a failing certificate is flagged; a reviewer approves the rule, takes it back, then denies", async ({ api }) => {
    const pdf = await fillablePdf((d) => {
      d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
    });
    const cert = await api.waitFinal((await api.uploadPdf(contractorId, pdf)).id);
    expect(cert.status).toBe("flagged");
    const [rule] = failed(cert);
    expect(failed(cert)).toHaveLength(1);
    expect(rule).toMatchObject({
      rule_path: "coverages.commercial_general_liability.limits.each_occurrence_dollars",
      message: "Coverage for commercial general liability is insufficient. The limit for each occurrence is $500,000, which is below the required $1,000,000.",
    });
    expect(cert.review_results.summary).toMatchObject({ failed: 1, manually_approved: 0 });

    const approved = await api.json(api.post(`/files/certificates/${cert.id}/audit_results/${rule.id}/approve`), 200);
    expect(approved.status).toBe("approved");
    const approvedRule = approved.review_results.audit_results.find((a: Json) => a.id === rule.id);
    expect(approvedRule).toMatchObject({ result: "fail", manually_approved: true });
    expect(approvedRule.manually_approved_by).toMatch(/^api_key:/);
    expect(approved.review_results.summary).toMatchObject({ failed: 0, manually_approved: 1 });

    const passing = approved.review_results.audit_results.find((a: Json) => a.result === "pass");
    expect((await api.json(api.post(`/files/certificates/${cert.id}/audit_results/${passing.id}/approve`), 400)).error_code).toBe("invalid_input");
    await api.json(api.post(`/files/certificates/${cert.id}/audit_results/car_doesnotexist1/approve`), 404);

    const back = await api.json(api.post(`/files/certificates/${cert.id}/audit_results/${rule.id}/unapprove`), 200);
    expect(back.status).toBe("flagged");

    const denied = await api.json(api.post(`/files/certificates/${cert.id}/deny`, { reason: "Umbrella policy missing" }), 200);
    expect(denied).toMatchObject({ status: "denied", denied_reason: "Umbrella policy missing" });
    expect((await api.json(api.get(`/files/certificates/${cert.id}?expand[]=review_results`), 200)).review_results.status).toBe("denied");
    expect((await api.json(api.post(`/files/certificates/${cert.id}/audit_results/${rule.id}/approve`), 400)).message).toContain("denied");
  });

  test("expired policies, unreadable and blank files end as the contract says", async ({ api }) => {
    const expired = await api.waitFinal(
      (await api.uploadPdf(contractorId, await fillablePdf((d) => {
        d.coverages.workers_compensation!.policy_expiration_date = daysFrom(new Date(), -10);
      }))).id,
    );
    expect(expired.status).toBe("flagged");
    const [rule] = failed(expired);
    expect(rule.rule_path).toBe("coverages.workers_compensation.policy_expiration_date");
    expect(rule.message).toContain(`Policy expired on ${daysFrom(new Date(), -10)}`);

    const corrupt = await api.waitFinal((await api.uploadPdf(contractorId, Buffer.from("%PDF-1.4\n garbage, truncated"))).id);
    expect(corrupt).toMatchObject({ status: "error", review_results: null, error: { code: "invalid_pdf" } });
    const blank = await api.waitFinal((await api.uploadPdf(contractorId, await blankPdf())).id);
    expect(blank.status).toBe("error");
    expect(blank.error.code).toBe("unreadable_certificate");
    expect(blank.error.message.length).toBeGreaterThan(20);
    expect((await api.json(api.post(`/files/certificates/${blank.id}/deny`, { reason: "unreadable" }), 200)).status).toBe("denied");
  });

  test("two uploads for one contractor are processed independently", async ({ api }) => {
    const [a, b] = await Promise.all([
      api.uploadPdf(contractorId, await fillablePdf(), "good.pdf"),
      api.uploadPdf(contractorId, await fillablePdf((d) => { d.certificate_holder!.name = "Someone Else Entirely LLC"; }), "wrong-holder.pdf"),
    ]);
    expect(a.id).not.toBe(b.id);
    const [fa, fb] = await Promise.all([api.waitFinal(a.id), api.waitFinal(b.id)]);
    expect(fa.status).toBe("approved");
    expect(fb.status).toBe("flagged");
    expect(failed(fb).map((r: Json) => r.rule_name)).toContain("Certificate Holder Check");
    expect(fa.review_results.id).not.toBe(fb.review_results.id);
  });

  test("the contractor's entity requirement wins over the default", async ({ api }) => {
    const strict = await api.createRequirement({
      name: "Umbrella 10M",
      is_default: false,
      rules: { coverages: { umbrella_liability: { required: true, limits: { each_occurrence_dollars: 10_000_000 } } } },
    });
    const entity = await api.json(api.post("/entities", { name: "High risk", insurance_requirement: strict.id }), 201);
    const contractor = await api.createContractor({ entity: entity.id });
    const cert = await api.waitFinal((await api.uploadPdf(contractor.id, await fillablePdf())).id);
    expect(cert.status).toBe("flagged");
    expect(cert.review_results.audit_results.map((a: Json) => a.rule_path)).toEqual([
      "coverages.umbrella_liability",
      "coverages.umbrella_liability.limits.each_occurrence_dollars",
      "coverages.umbrella_liability.policy_expiration_date",
    ]);
    expect(failed(cert)[0].message).toContain("$5,000,000");
  });

  test("lists filter by contractor and page; soft delete hides; /pdf serves the stored bytes", async ({ api, request }) => {
    const pdf = await fillablePdf();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await api.uploadPdf(contractorId, pdf, `n${i}.pdf`)).id);
    const page1 = await api.json(api.get(`/files/certificates?contractor=${contractorId}&limit=2&expand[]=review_results`), 200);
    expect(page1.data.map((c: Json) => c.id)).toEqual([ids[2], ids[1]]);
    expect(page1.has_more).toBe(true);
    const page2 = await api.json(api.get(`/files/certificates?contractor=${contractorId}&limit=2&starting_after=${ids[1]}`), 200);
    expect(page2.data.map((c: Json) => c.id)).toEqual([ids[0]]);
    expect(page2.has_more).toBe(false);

    const file = await request.get(`/api/v1/files/certificates/${ids[0]}/pdf`, { headers: api.auth });
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.compare(await file.body(), Buffer.from(pdf))).toBe(0);
    const cert = await api.json(api.get(`/files/certificates/${ids[0]}`), 200);
    expect(cert.pdf_url).toMatch(new RegExp(`/api/v1/files/certificates/${ids[0]}/pdf$`));

    await api.waitFinal(ids[0]);
    expect(await api.json(api.del(`/files/certificates/${ids[0]}`), 200)).toEqual({ id: ids[0], deleted: true });
    await api.json(api.get(`/files/certificates/${ids[0]}`), 404);
    await api.json(api.get(`/files/certificates/${ids[0]}/pdf`), 404);
    await api.json(api.del(`/files/certificates/${ids[0]}`), 404);
    const after = await api.json(api.get(`/files/certificates?contractor=${contractorId}&limit=100`), 200);
    expect(after.data.map((c: Json) => c.id)).toEqual([ids[2], ids[1]]);
  });

  test("another organization sees none of it: 404 everywhere, and cannot upload for our contractor", async ({ api, freshApi }) => {
    const cert = await api.waitFinal((await api.uploadPdf(contractorId, await fillablePdf((d) => {
      d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 1;
    }))).id);
    const rule = failed(cert)[0];
    const other = freshApi();
    await other.createRequirement();
    for (const res of [
      other.get(`/files/certificates/${cert.id}`),
      other.get(`/files/certificates/${cert.id}/pdf`),
      other.del(`/files/certificates/${cert.id}`),
      other.post(`/files/certificates/${cert.id}/deny`),
      other.post(`/files/certificates/${cert.id}/audit_results/${rule.id}/approve`),
    ]) {
      expect((await other.json(res, 404)).error_code).toBe("resource_not_found");
    }
    const upload = await other.upload(contractorId, { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from(await fillablePdf()) });
    expect(upload.status()).toBe(400);
    expect((await upload.json()).error_code).toBe("invalid_contractor_id");
    const theirList = await other.json(other.get(`/files/certificates?contractor=${contractorId}`), 200);
    expect(theirList.data).toEqual([]);
    expect((await api.json(api.get(`/files/certificates/${cert.id}`), 200)).status).toBe("flagged");
  });
});
