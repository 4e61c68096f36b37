import { z } from "zod";
import { webhookEventTypes } from "../schemas/enums";
import { webhookDeliverySchema, webhookEndpointSchema, type WebhookEndpoint } from "../schemas/webhook-endpoint";
import { listOf, type ListQuery, type Transport } from "./core";

export const WEBHOOK_EVENT_TYPES = webhookEventTypes;
export type WebhookEndpointShape = WebhookEndpoint;

export type CreateWebhookEndpointBody = { url: string; events: string[]; description?: string };

export function webhooksClient(t: Transport) {
  const path = (id: string) => `/webhook_endpoints/${encodeURIComponent(id)}`;
  return {
    list: (query: ListQuery = {}) => t.request(listOf(webhookEndpointSchema), "GET", "/webhook_endpoints", { query }),
    create: (body: CreateWebhookEndpointBody) => t.request(webhookEndpointSchema, "POST", "/webhook_endpoints", { body }),
    /** Re-enables an endpoint that was disabled after repeated failed deliveries (its paused retries resume). */
    enable: (id: string) => t.request(webhookEndpointSchema, "PUT", path(id), { body: { disabled: false } }),
    remove: (id: string) => t.request(z.object({ id: z.string(), deleted: z.literal(true) }), "DELETE", path(id)),
    deliveries: (id: string, query: ListQuery = {}) => t.request(listOf(webhookDeliverySchema), "GET", `${path(id)}/deliveries`, { query }),
  };
}
