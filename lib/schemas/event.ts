import { z } from "zod";
import { webhookEventTypes } from "./enums";

export const webhookEventTypeSchema = z.enum(webhookEventTypes);

export const webhookEventSchema = z.object({
  id: z.string(),
  type: webhookEventTypeSchema,
  created: z.number().int(),
  data: z.object({
    object: z.object({ id: z.string(), contractor: z.string(), status: z.string(), created: z.number().int() }),
  }),
});
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

/** `GET /events?type=` */
export const listEventsQuerySchema = z.object({ type: webhookEventTypeSchema.optional() });

/** `POST /events/{id}/resend`: to every subscribed endpoint, or to the one named. */
export const resendEventSchema = z.object({
  endpoint: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(100).optional()),
});
