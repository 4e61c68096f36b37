import type { webhookEndpoints } from "../../db/schema";
import type { WebhookEndpoint } from "../../schemas/webhook-endpoint";
import { unixSeconds } from "./time";

/** The secret is left out unless `withSecret`: only the creation response shows it. */
export function serializeWebhookEndpoint(row: typeof webhookEndpoints.$inferSelect, withSecret = false): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    status: row.disabledAt ? "disabled" : "enabled",
    disabled_reason: row.disabledAt ? row.disabledReason : null,
    created: unixSeconds(row.createdAt),
    updated: unixSeconds(row.updatedAt),
    ...(withSecret ? { secret: row.secret } : {}),
  };
}
