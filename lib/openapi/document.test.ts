import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";

describe("buildOpenApiDocument", () => {
  const doc = buildOpenApiDocument();
  const text = JSON.stringify(doc);

  it("is OpenAPI 3.1 with JSON Schema 2020-12 components from the zod shapes", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.schemas.Contractor).toMatchObject({ type: "object", properties: { email: { type: "string" } } });
    expect(doc.components.schemas.Certificate).toMatchObject({ properties: { status: { enum: expect.arrayContaining(["approved", "flagged"]) } } });
  });

  it("resolves every $ref", () => {
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
  });

  it("gives every operation a unique id, a success response and its path parameters", () => {
    const ids = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const op of Object.values(methods) as { operationId: string; responses: Record<string, unknown>; parameters?: { name: string; in: string }[] }[]) {
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
        expect(Object.keys(op.responses).some((s) => s.startsWith("2"))).toBe(true);
        const named = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        expect((op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name)).toEqual(named);
      }
    }
  });

  it("describes request bodies as the API accepts them (defaults optional)", () => {
    const create = (doc.paths["/api_keys"] as Record<string, { requestBody: { content: Record<string, { schema: { required?: string[] } }> } }>).post;
    expect(create.requestBody.content["application/json"].schema.required ?? []).not.toContain("name");
  });

  it("documents Retry-After on every 429", () => {
    let seen = 0;
    for (const methods of Object.values(doc.paths)) {
      for (const op of Object.values(methods) as { responses: Record<string, { headers?: Record<string, unknown> }> }[]) {
        if (!op.responses["429"]) continue;
        seen++;
        expect(op.responses["429"].headers).toHaveProperty("Retry-After");
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
