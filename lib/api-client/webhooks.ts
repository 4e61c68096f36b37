import { z } from "zod";
import { listOf, type ListQuery, type Transport } from "./core";

// The webhook endpoints API is being built in parallel (branch issue4). Until it lands these shapes are local and
// lenient, following CONTRACT.md and that branch's draft; at merge, swap them for lib/schemas/webhook-endpoint.ts.

export const WEBHOOK_EVENT_TYPES = ["certificate.approved", "certificate.flagged", "certificate.denied"] as const;

export const webhookEndpointShape = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable().optional(),
  events: z.array(z.string()),
  status: z.string().optional(),
  created: z.number().int(),
  /** Only in the create response. */
  secret: z.string().optional(),
});
export type WebhookEndpointShape = z.infer<typeof webhookEndpointShape>;

export const webhookDeliveryShape = z.object({
  id: z.string(),
  event: z.string().optional(),
  event_type: z.string().optional(),
  status: z.string(),
  attempt_count: z.number().int().optional(),
  last_status_code: z.number().int().nullable().optional(),
  last_error: z.string().nullable().optional(),
  created: z.number().int(),
});
export type WebhookDeliveryShape = z.infer<typeof webhookDeliveryShape>;

export type CreateWebhookEndpointBody = { url: string; events: string[]; description?: string };

export function webhooksClient(t: Transport) {
  const path = (id: string) => `/webhook_endpoints/${encodeURIComponent(id)}`;
  return {
    list: (query: ListQuery = {}) => t.request(listOf(webhookEndpointShape), "GET", "/webhook_endpoints", { query }),
    create: (body: CreateWebhookEndpointBody) => t.request(webhookEndpointShape, "POST", "/webhook_endpoints", { body }),
    remove: (id: string) => t.request(z.object({ id: z.string() }).loose(), "DELETE", path(id)),
    deliveries: (id: string, query: ListQuery = {}) => t.request(listOf(webhookDeliveryShape), "GET", `${path(id)}/deliveries`, { query }),
  };
}
