import { expect, test, type ApiClient, type Json } from "../support/fixtures";
import { fillablePdf } from "../support/certificates";

// `Idempotency-Key` on uploads: what lets a client retry an upload whose response it never got (a timeout, a
// restarted server) without creating a second certificate. Scoped to the organization.
const upload = (api: ApiClient, contractor: string, bytes: Uint8Array, key?: string, name = "coi.pdf") =>
  api.request.post("/api/v1/files/certificates", {
    headers: { ...api.auth, ...(key !== undefined ? { "Idempotency-Key": key } : {}) },
    multipart: { contractor, certificate: { name, mimeType: "application/pdf", buffer: Buffer.from(bytes) } },
  });

const certificatesOf = async (api: ApiClient, contractor: string): Promise<Json[]> =>
  (await api.json(api.get(`/files/certificates?contractor=${contractor}&limit=100`), 200)).data;

test.describe("uploads with Idempotency-Key", () => {
  let contractor: string;
  let pdf: Uint8Array;
  test.beforeEach(async ({ api }) => {
    const list = await api.json(api.get("/insurance_requirements?is_default=true"), 200);
    if (list.data.length === 0) await api.createRequirement();
    contractor = (await api.createContractor()).id;
    pdf ??= await fillablePdf();
  });

  test("a retry with the same key returns the first certificate instead of a second one", async ({ api }) => {
    const key = `retry-${Date.now()}`;
    const first = await upload(api, contractor, pdf, key);
    expect(first.status()).toBe(201);
    expect(first.headers()["idempotent-replayed"]).toBeUndefined();
    const again = await upload(api, contractor, pdf, key);
    expect(again.status()).toBe(201);
    expect(again.headers()["idempotent-replayed"]).toBe("true");
    expect((await again.json()).id).toBe((await first.json()).id);
    expect(await certificatesOf(api, contractor)).toHaveLength(1);
    // Without a key, the same file twice is two uploads, as before.
    expect((await upload(api, contractor, pdf)).status()).toBe(201);
    expect((await upload(api, contractor, pdf)).status()).toBe(201);
    expect(await certificatesOf(api, contractor)).toHaveLength(3);
  });

  test("ten concurrent requests with one key make exactly one certificate", async ({ api }) => {
    const key = `race-${Date.now()}`;
    const responses = await Promise.all(Array.from({ length: 10 }, () => upload(api, contractor, pdf, key)));
    expect(responses.map((r) => r.status())).toEqual(Array(10).fill(201));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(await certificatesOf(api, contractor)).toHaveLength(1);
    expect(responses.filter((r) => r.headers()["idempotent-replayed"] === "true")).toHaveLength(9);
  });

  test("the same key for a different file or contractor is a 409; a bad key a 400; keys are per organization", async ({ api, freshApi }) => {
    const key = `conflict-${Date.now()}`;
    expect((await upload(api, contractor, pdf, key)).status()).toBe(201);
    const other = new Uint8Array([...pdf.slice(0, -1), 0x0a]);
    const differentFile = await upload(api, contractor, other, key);
    expect(differentFile.status()).toBe(409);
    expect(await differentFile.json()).toMatchObject({ error_code: "conflict" });
    const otherContractor = (await api.createContractor()).id;
    expect((await upload(api, otherContractor, pdf, key)).status()).toBe(409);

    for (const bad of ["x".repeat(256), ""]) {
      const res = await upload(api, contractor, pdf, bad);
      expect(res.status(), `key of ${bad.length} characters`).toBe(400);
      expect(await res.json()).toMatchObject({ error_code: "invalid_input" });
    }

    // Another organization using the same key gets its own certificate, and learns nothing of ours.
    const stranger = freshApi();
    const list = await stranger.json(stranger.get("/insurance_requirements?is_default=true"), 200);
    if (list.data.length === 0) await stranger.createRequirement();
    const theirContractor = (await stranger.createContractor()).id;
    const theirs = await upload(stranger, theirContractor, pdf, key);
    expect(theirs.status()).toBe(201);
    expect(theirs.headers()["idempotent-replayed"]).toBeUndefined();

    // A deleted certificate's key is not silently reused.
    const deletedKey = `deleted-${Date.now()}`;
    const made = await (await upload(api, contractor, pdf, deletedKey)).json();
    expect((await api.del(`/files/certificates/${made.id}`)).status()).toBe(200);
    expect((await upload(api, contractor, pdf, deletedKey)).status()).toBe(409);
  });
});
