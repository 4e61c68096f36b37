import { z } from "zod";
import { apiKeySchema, createdApiKeySchema } from "../schemas/api-key";
import { auditLogEntrySchema } from "../schemas/audit-log";
import { certificateSchema } from "../schemas/certificate";
import { certificateStatsSchema } from "../schemas/certificate-stats";
import { contractorSchema } from "../schemas/contractor";
import { entitySchema } from "../schemas/entity";
import { webhookEventSchema } from "../schemas/event";
import { insuranceRequirementSchema } from "../schemas/insurance-requirement";
import { userSchema } from "../schemas/user";
import { webhookDeliverySchema, webhookEndpointSchema } from "../schemas/webhook-endpoint";

// The response shapes, named once; the document refers to them as #/components/schemas/<name>.
const shapes = {
  Contractor: contractorSchema,
  Entity: entitySchema,
  InsuranceRequirement: insuranceRequirementSchema,
  Certificate: certificateSchema,
  CertificateStats: certificateStatsSchema,
  WebhookEndpoint: webhookEndpointSchema,
  WebhookDelivery: webhookDeliverySchema,
  Event: webhookEventSchema,
  ApiKey: apiKeySchema,
  CreatedApiKey: createdApiKeySchema,
  User: userSchema,
  AuditLogEntry: auditLogEntrySchema,
  Error: z.object({ message: z.string(), error_code: z.string() }),
  OpenApiDocument: z.object({ openapi: z.literal("3.1.0") }).catchall(z.unknown()),
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof shapes;

export const componentRef = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (what OpenAPI 3.1 speaks) for each shape, as the API sends it. */
export function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(shapes)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io: "output", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, withoutIds(s as JsonSchema)]));
}

/** A request body's schema, as the API accepts it (defaults optional, preprocessing's input side). */
export function inputSchema(schema: z.ZodType): JsonSchema {
  return withoutIds(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema);
}

// `$schema`/`$id` are implied by the OpenAPI document (jsonSchemaDialect) and would only confuse renderers.
function withoutIds({ $schema: _schema, $id: _id, ...rest }: JsonSchema): JsonSchema {
  void _schema;
  void _id;
  return rest;
}
