import { PDFDocument } from "pdf-lib";
import { expect, test, type ApiClient } from "../support/fixtures";

async function tinyPdf() {
  const doc = await PDFDocument.create();
  doc.addPage();
  return Buffer.from(await doc.save());
}

const pdfFile = async (name = "coi.pdf") => ({ name, mimeType: "application/pdf", buffer: await tinyPdf() });

async function expectError(api: ApiClient, res: ReturnType<ApiClient["upload"]>, status: number, code: string) {
  const body = await api.json(res, status);
  expect(body.error_code).toBe(code);
  expect(body.message.length).toBeGreaterThan(5);
}

test.describe("certificate upload validation, in the contract's order", () => {
  test("no requirement yet → no_insurance_requirement_found; each bad input gets its own code", async ({ api }) => {
    const contractor = await api.createContractor();
    // Every check before the requirement still applies while the organization has none.
    await expectError(api, api.upload(contractor.id, await pdfFile()), 400, "no_insurance_requirement_found");
    await api.createRequirement();

    await expectError(api, api.upload(undefined, await pdfFile()), 400, "missing_contractor_id");
    await expectError(api, api.upload("cn_doesnotexist99", await pdfFile()), 400, "invalid_contractor_id");
    await expectError(api, api.upload("not-an-id", await pdfFile()), 400, "invalid_contractor_id");
    // contractor is checked before the file, even when both are wrong
    await expectError(api, api.upload(undefined, { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("hi") }), 400, "missing_contractor_id");
    await expectError(api, api.upload(contractor.id), 400, "missing_certificate");
    await expectError(api, api.upload(contractor.id, { ...(await pdfFile("coi.docx")) }), 400, "invalid_file_type");
    await expectError(api, api.upload(contractor.id, { ...(await pdfFile()), mimeType: "image/png" }), 400, "invalid_mime_type");
    await expectError(api, api.upload(contractor.id, { name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) }), 400, "invalid_file_size");
    await expectError(
      api,
      api.upload(contractor.id, { name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("PK\u0003\u0004 not a pdf at all") }),
      400,
      "invalid_file_type",
    );
    // A JSON body cannot carry a file: the contractor still comes first, then the missing file.
    const json = await api.json(api.post("/files/certificates", { contractor: contractor.id }), 400);
    expect(json.error_code).toBe("missing_certificate");

    const list = await api.json(api.get(`/files/certificates?contractor=${contractor.id}`), 200);
    expect(list.data).toEqual([]);
  });

  test("over 15 MB → 413 invalid_file_size, while a file just under the limit is accepted", async ({ api }) => {
    await api.createRequirement({ name: "size test" }).catch(() => undefined);
    const contractor = await api.createContractor();
    const base = await tinyPdf();
    const big = Buffer.concat([base, Buffer.alloc(15 * 1024 * 1024 + 10 - base.length, 0x20)]);
    await expectError(api, api.upload(contractor.id, { name: "big.pdf", mimeType: "application/pdf", buffer: big }), 413, "invalid_file_size");
    const under = Buffer.concat([base, Buffer.alloc(15 * 1024 * 1024 - base.length - 1000, 0x20)]);
    const ok = await api.uploadPdf(contractor.id, under, "under.pdf");
    expect(ok.status).toBe("pending");
  });

  test("a 100 MB body is refused with 413 and the server keeps serving", async ({ api, request }) => {
    const contractor = await api.createContractor();
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x25);
    huge.write("%PDF-1.7\n", 0);
    const res = await api.upload(contractor.id, { name: "huge.pdf", mimeType: "application/pdf", buffer: huge });
    expect(res.status()).toBe(413);
    expect((await res.json()).error_code).toBe("invalid_file_size");
    expect((await request.get("/api/health")).status()).toBe(200);
  });
});
