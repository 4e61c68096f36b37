import fs from "node:fs";
import path from "node:path";
import { fillablePdf } from "../support/certificates";
import { expect, test, type ApiClient, type Json } from "../support/fixtures";
import { apiRoutes } from "../support/routes";
import { serverByPort } from "../support/servers";
import { mintSessionToken } from "../../lib/auth/session-token";
import { auditActions } from "../../lib/schemas/audit-log";

const ROOT = path.join(__dirname, "..", "..");

// The dashboard's session token for one of the org's users, as the dashboard mints it (the test server's secret).
function userAuth(baseURL: string, org: string, user: Json) {
  const secret = fs.readFileSync(path.join(serverByPort(baseURL)!.dataDir, "auth-secret"), "utf8").trim();
  return { Authorization: `Bearer ${mintSessionToken({ org, uid: user.id, email: user.email, role: user.role, secret })}` };
}

const log = async (api: ApiClient, query = "") => (await api.json(api.get(`/audit_log?limit=100${query}`), 200)).data as Json[];

test("every write route records an audit entry (found from the route files)", () => {
  const writes = apiRoutes().filter((r) => r.methods.some((m) => m !== "GET") && r.template !== "/[[...path]]");
  expect(writes.length).toBeGreaterThan(10);
  const silent = writes.filter((r) => !/\baudit(Entry)?\(/.test(fs.readFileSync(path.join(ROOT, r.file), "utf8")));
  expect(silent.map((r) => r.file)).toEqual([]);
  // And every action the log knows is recorded somewhere.
  const sources = writes.map((r) => fs.readFileSync(path.join(ROOT, r.file), "utf8")).join("\n");
  expect(auditActions.filter((a) => !sources.includes(`"${a}"`))).toEqual([]);
});

test("reviewer and admin actions land in the log with their actor; only admins may read it", async ({ api, org, request, baseURL }) => {
  const keyId = (await api.json(api.get("/api_keys?limit=100"), 200)).data.find((k: Json) => org.secret_key.startsWith(k.prefix)).id;
  const requirement = await api.createRequirement({ is_default: true });
  const contractor = await api.createContractor();
  await api.json(api.put(`/contractors/${contractor.id}`, { phone: "555-0100" }), 200);
  const reviewer = await api.json(api.post("/users", { email: `rev-${Date.now()}@test.coverdesk.dev`, password: "test-password-1", role: "reviewer" }), 201);
  const viewer = await api.json(api.post("/users", { email: `view-${Date.now()}@test.coverdesk.dev`, password: "test-password-1", role: "viewer" }), 201);

  // The reviewer works through the dashboard's token: upload, approve the failed rule, take it back, deny.
  const asReviewer = { headers: userAuth(baseURL!, org.organization.id, reviewer) };
  const pdf = Buffer.from(await fillablePdf((d) => void (d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000)));
  const upload = await request.post("/api/v1/files/certificates", { ...asReviewer, multipart: { contractor: contractor.id, certificate: { name: "a.pdf", mimeType: "application/pdf", buffer: pdf } } });
  expect(upload.status()).toBe(201);
  const cert = await api.waitFinal((await upload.json()).id);
  const rule = cert.review_results.audit_results.find((a: Json) => a.result === "fail");
  for (const verb of ["approve", "unapprove"]) {
    expect((await request.post(`/api/v1/files/certificates/${cert.id}/audit_results/${rule.id}/${verb}`, asReviewer)).status()).toBe(200);
  }
  expect((await request.post(`/api/v1/files/certificates/${cert.id}/deny`, { ...asReviewer, data: { reason: "Umbrella missing" } })).status()).toBe(200);
  // A refused action records nothing.
  expect((await request.post(`/api/v1/files/certificates/ci_doesnotexist1/deny`, asReviewer)).status()).toBe(404);

  // Admin actions with the organization's key.
  await api.json(api.put(`/users/${viewer.id}`, { role: "reviewer" }), 200);
  await api.json(api.del(`/users/${viewer.id}`), 200);
  const key = await api.json(api.post("/api_keys", { name: "temp" }), 201);
  await api.json(api.del(`/api_keys/${key.id}`), 200);
  await api.json(api.del(`/files/certificates/${cert.id}`), 200);

  const entries = await log(api);
  const find = (action: string, target: string) => entries.find((e) => e.action === action && e.target === target);
  const byReviewer = `user:${reviewer.email}`;
  const byKey = `api_key:${keyId}`;
  expect(find("insurance_requirement.created", requirement.id)).toMatchObject({ actor: byKey, details: { name: "Standard" } });
  expect(find("contractor.created", contractor.id)).toMatchObject({ actor: byKey });
  expect(find("contractor.updated", contractor.id)).toMatchObject({ actor: byKey, details: { changed: ["phone"] } });
  expect(find("user.created", reviewer.id)).toMatchObject({ actor: byKey, details: { email: reviewer.email, role: "reviewer" } });
  expect(find("certificate.uploaded", cert.id)).toMatchObject({ actor: byReviewer, details: { contractor: contractor.id, filename: "a.pdf" } });
  expect(find("certificate.rule_approved", cert.id)).toMatchObject({ actor: byReviewer, details: { audit_result: rule.id } });
  expect(find("certificate.rule_unapproved", cert.id)).toMatchObject({ actor: byReviewer });
  expect(find("certificate.denied", cert.id)).toMatchObject({ actor: byReviewer, details: { reason: "Umbrella missing" } });
  expect(find("user.updated", viewer.id)).toMatchObject({ actor: byKey, details: { role: "reviewer" } });
  expect(find("user.disabled", viewer.id)).toMatchObject({ actor: byKey });
  expect(find("api_key.created", key.id)).toMatchObject({ actor: byKey, details: { name: "temp" } });
  expect(find("api_key.revoked", key.id)).toMatchObject({ actor: byKey });
  expect(find("certificate.deleted", cert.id)).toMatchObject({ actor: byKey });
  expect(entries.some((e) => e.target === "ci_doesnotexist1")).toBe(false);
  // Newest first, IDs and timestamps as every list.
  expect(entries[0]).toMatchObject({ object: "audit_log_entry", action: "certificate.deleted", id: expect.stringMatching(/^al_/), created: expect.any(Number) });
  // Passwords never reach the log.
  expect(JSON.stringify(entries)).not.toContain("test-password-1");

  // Filters and cursors.
  const mine = await log(api, `&actor=${encodeURIComponent(byReviewer)}`);
  expect(mine.map((e) => e.action).sort()).toEqual(["certificate.denied", "certificate.rule_approved", "certificate.rule_unapproved", "certificate.uploaded"]);
  const onCert = await log(api, `&target=${cert.id}`);
  expect(onCert.every((e) => e.target === cert.id)).toBe(true);
  expect(onCert).toHaveLength(5);
  const page2 = await api.json(api.get(`/audit_log?limit=2&starting_after=${entries[1].id}`), 200);
  expect(page2.data.map((e: Json) => e.id)).toEqual([entries[2].id, entries[3].id]);

  // A reviewer is refused.
  const refused = await request.get("/api/v1/audit_log", asReviewer);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error_code: "forbidden" });
});
