import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { webhookEndpoints } from "../../db/schema";
import type { UpdateWebhookEndpointInput } from "../../schemas/webhook-endpoint";
import { kickWebhookDispatcher } from "../../webhooks/dispatcher";
import { assertWebhookUrl } from "./assert-webhook-url";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";

export type UpdateWebhookEndpointOptions = { organizationId: string; id: string; input: UpdateWebhookEndpointInput };

/**
 * Only the fields sent change. `disabled: false` re-enables: the failure count starts over, and deliveries that
 * were waiting when the endpoint was disabled resume at once. Events that happened while it was disabled were not
 * queued for it; GET /events and POST /events/{id}/resend catch up on those.
 */
export async function updateWebhookEndpoint({ organizationId, id, input }: UpdateWebhookEndpointOptions) {
  const current = await getWebhookEndpointOrThrow({ organizationId, id });
  const set: Partial<typeof webhookEndpoints.$inferInsert> = { updatedAt: new Date() };
  if (input.url !== undefined) set.url = await assertWebhookUrl(input.url);
  if (input.events !== undefined) set.events = input.events;
  if (input.description !== undefined) set.description = input.description;
  if (input.disabled === false && current.disabledAt) {
    Object.assign(set, { disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
  } else if (input.disabled === true && !current.disabledAt) {
    Object.assign(set, { disabledAt: new Date(), disabledReason: "Disabled through the API." });
  }
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set(set)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, id)))
    .returning();
  if (!row.disabledAt) kickWebhookDispatcher();
  return row;
}
