import type { webhookAttempts, webhookDeliveries } from "../../db/schema";
import type { WebhookDelivery } from "../../schemas/webhook-endpoint";
import { unixSeconds } from "./time";

type DeliveryRow = typeof webhookDeliveries.$inferSelect & { eventType: string };
type AttemptRow = typeof webhookAttempts.$inferSelect;

export function serializeWebhookDelivery(row: DeliveryRow, attempts: AttemptRow[]): WebhookDelivery {
  return {
    id: row.id,
    endpoint: row.endpointId,
    event: row.eventId,
    event_type: row.eventType,
    status: row.status === "delivering" ? "pending" : row.status,
    attempt_count: row.attemptCount,
    next_attempt: row.status === "pending" && row.nextAttemptAt ? unixSeconds(row.nextAttemptAt) : null,
    delivered: row.deliveredAt ? unixSeconds(row.deliveredAt) : null,
    last_status_code: row.lastStatusCode,
    last_error: row.lastError,
    created: unixSeconds(row.createdAt),
    attempts: attempts
      .sort((a, b) => a.attempt - b.attempt)
      .map((a) => ({ attempt: a.attempt, status_code: a.statusCode, latency_ms: a.latencyMs, error: a.error, created: unixSeconds(a.createdAt) })),
  };
}
