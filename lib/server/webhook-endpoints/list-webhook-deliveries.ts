import { and, eq, inArray } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { events, webhookAttempts, webhookDeliveries } from "../../db/schema";
import { paginate } from "../paginate";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";

export type ListWebhookDeliveriesOptions = {
  organizationId: string;
  endpointId: string;
  params: ListParams;
  eventId?: string;
  status?: "pending" | "succeeded" | "failed";
};

/** The delivery log of one endpoint, newest first, each delivery with all its attempts (two more queries a page). */
export async function listWebhookDeliveries({ organizationId, endpointId, params, eventId, status }: ListWebhookDeliveriesOptions) {
  await getWebhookEndpointOrThrow({ organizationId, id: endpointId });
  const db = await getDb();
  const where = and(
    eq(webhookDeliveries.endpointId, endpointId),
    eventId ? eq(webhookDeliveries.eventId, eventId) : undefined,
    status ? inArray(webhookDeliveries.status, status === "pending" ? ["pending", "delivering"] : [status]) : undefined,
  );
  const page = await paginate({ db, table: webhookDeliveries, organizationId, where, params });
  const ids = page.data.map((d) => d.id);
  const eventIds = [...new Set(page.data.map((d) => d.eventId))];
  const [attempts, types] = ids.length
    ? await Promise.all([
        db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)),
        db.select({ id: events.id, type: events.type }).from(events).where(inArray(events.id, eventIds)),
      ])
    : [[], []];
  const typeOf = new Map(types.map((t) => [t.id, t.type]));
  return {
    has_more: page.has_more,
    data: page.data.map((d) => ({
      delivery: { ...d, eventType: typeOf.get(d.eventId) ?? "" },
      attempts: attempts.filter((a) => a.deliveryId === d.id),
    })),
  };
}
