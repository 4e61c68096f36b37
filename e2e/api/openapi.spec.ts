import { expect, test, type Json } from "../support/fixtures";
import { apiRoutes, toOpenApiPath } from "../support/routes";

// The document must describe every route file there is, and nothing that is not there.
test("GET /api/v1/openapi.json is public OpenAPI 3.1 covering every route file and method", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const doc = (await res.json()) as Json;
  expect(doc).toMatchObject({ openapi: "3.1.0", info: { title: expect.any(String), version: expect.any(String) }, servers: [{ url: "/api/v1" }] });
  expect(doc.components.securitySchemes.basicAuth).toMatchObject({ type: "http", scheme: "basic" });

  const routes = apiRoutes().filter((r) => r.template !== "/[[...path]]");
  const expected = routes.flatMap((r) => r.methods.map((m) => `${m.toLowerCase()} ${toOpenApiPath(r.template)}`)).sort();
  const documented = Object.entries(doc.paths as Record<string, Json>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)).sort();
  expect(documented).toEqual(expected);
  for (const [p, ops] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const op of Object.values(ops) as Json[]) {
      expect(op.summary, p).toBeTruthy();
      expect(Object.keys(op.responses).some((s) => /^2/.test(s)), p).toBe(true);
    }
  }
});

test("a live response has exactly the fields its documented schema lists", async ({ api, request }) => {
  const doc = (await (await request.get("/api/v1/openapi.json")).json()) as Json;
  const contractor = await api.createContractor();
  const schema = doc.components.schemas.Contractor;
  expect(Object.keys(contractor).filter((k) => !(k in schema.properties))).toEqual([]);
  expect(schema.required.filter((k: string) => !(k in contractor))).toEqual([]);
});

test("/docs renders the reference without signing in", async ({ request }) => {
  const res = await request.get("/docs");
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain("Coverdesk API");
  expect(html).toContain("/api/v1/files/certificates/{id}/audit_results/{auditResultId}/approve");
  expect(html).toContain('id="schema-Certificate"');
  // Nothing from another origin.
  expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
});
