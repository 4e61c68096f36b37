import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";

export type DeleteWebhookEndpointOptions = { organizationId: string; id: string };

/**
 * Soft delete: the delivery log stays for audit. Deliveries still waiting are closed as failed so nothing is sent
 * to a URL its owner removed.
 */
export async function deleteWebhookEndpoint({ organizationId, id }: DeleteWebhookEndpointOptions) {
  await getWebhookEndpointOrThrow({ organizationId, id });
  const db = await getDb();
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(webhookEndpoints)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, id)));
    await tx
      .update(webhookDeliveries)
      .set({ status: "failed", nextAttemptAt: null, lastError: "endpoint deleted", updatedAt: now })
      .where(and(eq(webhookDeliveries.endpointId, id), inArray(webhookDeliveries.status, ["pending", "delivering"])));
  });
  return { id, deleted: true as const };
}
