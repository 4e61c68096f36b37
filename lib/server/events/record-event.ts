import type { Tx } from "../../db/client";
import { events, type certificates } from "../../db/schema";
import { newId } from "../../ids";
import { unixSeconds } from "../../api/serializers/time";

export type CertificateEventType = "certificate.approved" | "certificate.flagged" | "certificate.denied";

/**
 * Writes the event in the caller's transaction, so a status change and its event commit together or not at all.
 * Delivery to webhook endpoints happens later, from a queue.
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
  return row;
}
