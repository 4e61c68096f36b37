import { ApiError } from "../../api/errors";
import { getDb } from "../../db/client";
import { kickWebhookDispatcher } from "../../webhooks/dispatcher";
import { getWebhookEndpointOrThrow } from "../webhook-endpoints/get-webhook-endpoint-or-throw";
import { getEventOrThrow } from "./get-event-or-throw";
import { queueDeliveries } from "./record-event";

export type ResendEventOptions = { organizationId: string; eventId: string; endpointId?: string };

/**
 * Queues a fresh delivery (new schedule, new attempt log) of an existing event: to the endpoint named, or else to
 * every enabled endpoint subscribed to the type. Either way the endpoint's `events` filter holds: its owner said
 * which events it takes, and a resend is no way around that. The `webhook-id` is still the event id, so a receiver
 * that already has it can recognise the copy.
 */
export async function resendEvent({ organizationId, eventId, endpointId }: ResendEventOptions) {
  const event = await getEventOrThrow({ organizationId, id: eventId });
  if (endpointId) {
    const endpoint = await getWebhookEndpointOrThrow({ organizationId, id: endpointId });
    if (endpoint.disabledAt) {
      throw new ApiError(400, "invalid_input", `Webhook endpoint '${endpointId}' is disabled; enable it first (PUT with disabled=false).`);
    }
    if (!(endpoint.events as string[]).includes(event.type)) {
      throw new ApiError(
        409,
        "conflict",
        `Webhook endpoint '${endpointId}' is not subscribed to ${event.type} (its events: ${endpoint.events.join(", ")}); add it to the endpoint's events first.`,
      );
    }
  }
  const db = await getDb();
  const rows = await db.transaction((tx) => queueDeliveries(tx, event, endpointId ? [endpointId] : undefined));
  kickWebhookDispatcher();
  return { event, deliveries: rows };
}
