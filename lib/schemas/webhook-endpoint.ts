import { z } from "zod";
import { webhookEventTypes } from "./enums";
import { formBoolean, nullableText } from "./common";
import { webhookEventTypeSchema } from "./event";

// A form body sends one `events=…` as a string and several as `events[]=…`; both become a list, without repeats.
const eventsField = z.preprocess(
  (v) => (typeof v === "string" ? [v] : v),
  z
    .array(webhookEventTypeSchema, { error: `must be a list of event types: ${webhookEventTypes.join(", ")}` })
    .min(1, "must name at least one event type")
    .transform((list) => [...new Set(list)]),
);

const urlField = z.string().trim().min(1).max(2048);

export const createWebhookEndpointSchema = z.object({
  url: urlField,
  // Omitted: every event type, present and future of those three.
  events: eventsField.optional(),
  description: nullableText(500),
});

export const updateWebhookEndpointSchema = z.object({
  url: urlField.optional(),
  events: eventsField.optional(),
  description: nullableText(500),
  // `false` re-enables an endpoint that was disabled after repeated failures (and resets its failure count).
  disabled: formBoolean.optional(),
});

/** `POST /webhook_endpoints/{id}/rotate_secret`: how long the old secret keeps signing beside the new one. */
export const rotateWebhookSecretSchema = z.object({
  // Hours, fractions allowed; 0 retires the old secret at once. Default: a day to roll the new one out.
  expires_in_hours: z.coerce.number().min(0).max(720).default(24),
});

export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>;
export type UpdateWebhookEndpointInput = z.infer<typeof updateWebhookEndpointSchema>;
export type RotateWebhookSecretInput = z.infer<typeof rotateWebhookSecretSchema>;

export const webhookEndpointSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(webhookEventTypeSchema),
  status: z.enum(["enabled", "disabled"]),
  disabled_reason: z.string().nullable(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Until when the secret before the last rotation still signs, beside the current one; null when it does not. */
  previous_secret_expires: z.number().int().nullable(),
  /** Only in the responses to POST /webhook_endpoints and POST /webhook_endpoints/{id}/rotate_secret. */
  secret: z.string().optional(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

export const listDeliveriesQuerySchema = z.object({
  event: z.string().max(100).optional(),
  status: z.enum(["pending", "succeeded", "failed"]).optional(),
});

export const webhookAttemptSchema = z.object({
  attempt: z.number().int(),
  status_code: z.number().int().nullable(),
  latency_ms: z.number().int(),
  error: z.string().nullable(),
  created: z.number().int(),
});

export const webhookDeliverySchema = z.object({
  id: z.string(),
  endpoint: z.string(),
  event: z.string(),
  event_type: z.string(),
  // `delivering` is reported as `pending`: to a customer a request in flight is still "not delivered yet".
  status: z.enum(["pending", "succeeded", "failed"]),
  attempt_count: z.number().int(),
  next_attempt: z.number().int().nullable(),
  delivered: z.number().int().nullable(),
  last_status_code: z.number().int().nullable(),
  last_error: z.string().nullable(),
  created: z.number().int(),
  attempts: z.array(webhookAttemptSchema),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
