import type { ErrorCode } from "../api/errors";
import { componentRef, componentSchemas, inputSchema } from "./components";
import { operations, type Operation } from "./operations";

const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  missing_contractor_id: 400,
  missing_certificate: 400,
  invalid_contractor_id: 400,
  invalid_file_type: 400,
  invalid_mime_type: 400,
  no_insurance_requirement_found: 400,
  invalid_api_key: 401,
  forbidden: 403,
  resource_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_file_size: 413,
  rate_limited: 429,
  internal_error: 500,
};

const json = (schema: unknown) => ({ "application/json": { schema } });
const LIST_PARAMS = {
  limit: "1–100, default 10",
  starting_after: "Cursor: the ID of the last object of the previous page",
  ending_before: "Cursor: the ID of the first object of the next page",
};

function responseSchema(op: Operation) {
  switch (op.response) {
    case "pdf":
      return { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } };
    case "deleted":
      return json({ type: "object", properties: { id: { type: "string" }, deleted: { const: true } }, required: ["id", "deleted"] });
    case "resend":
      return json({ type: "object", properties: { event: { type: "string" }, deliveries: { type: "array", items: componentRef("WebhookDelivery") } } });
    default:
      if (!op.list) return json(componentRef(op.response));
      return json({
        type: "object",
        properties: { object: { const: "list" }, data: { type: "array", items: componentRef(op.response) }, has_more: { type: "boolean" } },
        required: ["data", "has_more"],
      });
  }
}

// Every 429 says when to come back (lib/api/errors.ts).
const RETRY_AFTER = { "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer", minimum: 1 } } };

/** Each error status once, naming the `error_code`s it carries. */
function errorResponses(op: Operation) {
  const codes: ErrorCode[] = op.isPublic ? [] : ["invalid_api_key", "rate_limited", ...(op.method === "get" ? [] : (["forbidden"] as const)), ...(op.errors ?? [])];
  if (op.path === "/audit_log") codes.push("forbidden");
  const byStatus = new Map<number, Set<ErrorCode>>();
  for (const code of codes) byStatus.set(STATUS_OF[code], (byStatus.get(STATUS_OF[code]) ?? new Set()).add(code));
  return Object.fromEntries(
    [...byStatus].map(([status, set]) => [
      String(status),
      { description: [...set].map((c) => `\`${c}\``).join(", "), content: json(componentRef("Error")), ...(status === 429 ? { headers: RETRY_AFTER } : {}) },
    ]),
  );
}

function operationObject(op: Operation) {
  const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  const query = [
    ...Object.entries({ ...(op.list ? LIST_PARAMS : {}), ...op.query }).map(([name, description]) => ({ name, in: "query", description, schema: { type: "string" } })),
    ...Object.entries(op.headers ?? {}).map(([name, description]) => ({ name, in: "header", description, schema: { type: "string", maxLength: 255 } })),
  ];
  const body = op.multipart
    ? {
        required: true,
        content: {
          "multipart/form-data": {
            schema: { type: "object", properties: { contractor: { type: "string" }, certificate: { type: "string", contentMediaType: "application/pdf" } }, required: ["contractor", "certificate"] },
          },
        },
      }
    : op.body && {
        required: true,
        content: { "application/json": { schema: inputSchema(op.body) }, "application/x-www-form-urlencoded": { schema: inputSchema(op.body) } },
      };
  return {
    operationId: `${op.method}${op.path.replace(/\{([^}]+)\}/g, "By_$1").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    tags: [op.tag],
    summary: op.summary,
    ...(op.isPublic ? { security: [] } : {}),
    ...(pathParams.length || query.length ? { parameters: [...pathParams, ...query] } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: { [String(op.status ?? 200)]: { description: "OK", content: responseSchema(op) }, ...errorResponses(op) },
  };
}

/** The OpenAPI 3.1 document for /api/v1, built from the route table and the zod schemas. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Coverdesk API",
      version: "1",
      description: "Certificates of insurance: contractors, requirements, uploads, review results, webhooks. Errors are `{message, error_code}`; timestamps are Unix seconds.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ basicAuth: [] }, { bearerAuth: [] }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        basicAuth: { type: "http", scheme: "basic", description: "The secret key as the user name, an empty password." },
        bearerAuth: { type: "http", scheme: "bearer", description: "The secret key as the token." },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
