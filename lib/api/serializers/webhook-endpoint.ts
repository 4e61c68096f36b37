import type { webhookEndpoints } from "../../db/schema";
import type { WebhookEndpoint } from "../../schemas/webhook-endpoint";
import { unixSeconds } from "./time";

/**
 * The stored secret is sealed and never serialized; `secret` is the plain one, passed only by the two responses
 * that show it once (creation and rotation).
 */
export function serializeWebhookEndpoint(row: typeof webhookEndpoints.$inferSelect, secret?: string, now = new Date()): WebhookEndpoint {
  const overlap = row.previousSecret && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt : null;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    status: row.disabledAt ? "disabled" : "enabled",
    disabled_reason: row.disabledAt ? row.disabledReason : null,
    previous_secret_expires: overlap ? unixSeconds(overlap) : null,
    created: unixSeconds(row.createdAt),
    updated: unixSeconds(row.updatedAt),
    ...(secret ? { secret } : {}),
  };
}
