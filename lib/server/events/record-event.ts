import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { events, webhookDeliveries, webhookEndpoints, type certificates, type WebhookEventType } from "../../db/schema";
import { newId } from "../../ids";
import { unixSeconds } from "../../api/serializers/time";

export type CertificateEventType = WebhookEventType;

/**
 * Writes the event in the caller's transaction, so a status change and its event commit together or not at all.
 * The same transaction queues one delivery per enabled endpoint subscribed to the type (the outbox): if the
 * process dies right after commit, the dispatcher still finds them. Delivery happens later, never in the request.
 */
export async function recordCertificateEvent(tx: Tx, certificate: typeof certificates.$inferSelect) {
  const type = `certificate.${certificate.status}` as CertificateEventType;
  const [row] = await tx
    .insert(events)
    .values({
      id: newId("event"),
      organizationId: certificate.organizationId,
      type,
      data: {
        object: {
          id: certificate.id,
          contractor: certificate.contractorId,
          status: certificate.status,
          created: unixSeconds(certificate.createdAt),
        },
      },
    })
    .returning();
  await queueDeliveries(tx, row);
  return row;
}

/**
 * One pending delivery per live, enabled endpoint of the organization whose `events` contains the type (of
 * `endpointIds` only, when given: a resend). A disabled endpoint gets none: its owner catches up with GET /events
 * and resend after re-enabling it.
 */
export async function queueDeliveries(tx: Tx, event: typeof events.$inferSelect, endpointIds?: string[]) {
  const targets = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.organizationId, event.organizationId),
        isNull(webhookEndpoints.deletedAt),
        isNull(webhookEndpoints.disabledAt),
        endpointIds ? inArray(webhookEndpoints.id, endpointIds) : undefined,
        sql`${webhookEndpoints.events} @> ${JSON.stringify([event.type])}::jsonb`,
      ),
    );
  if (targets.length === 0) return [];
  const now = new Date();
  return tx
    .insert(webhookDeliveries)
    .values(
      targets.map((t) => ({
        id: newId("webhookDelivery"),
        organizationId: event.organizationId,
        eventId: event.id,
        endpointId: t.id,
        nextAttemptAt: now,
      })),
    )
    .returning();
}
