import { eq } from "drizzle-orm";
import { ApiError } from "../../api/errors";
import { getDb } from "../../db/client";
import { certificates, reviewResults } from "../../db/schema";
import { recordAuditEntry, type AuditEntry } from "../audit-log/record-audit-entry";
import { recordCertificateEvent } from "../events/record-event";
import { getCertificateOrThrow } from "./get-certificate-or-throw";
import { kickWebhookDispatcher } from "../../webhooks/dispatcher";

// `audit` is recorded in the same transaction as the denial.
export type DenyCertificateOptions = { organizationId: string; id: string; reason?: string; actor: string; audit?: AuditEntry };

/** Only a person denies; a certificate still being read cannot be denied until its result is in. */
export async function denyCertificate({ organizationId, id, reason, actor, audit }: DenyCertificateOptions) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const cert = await getCertificateOrThrow({ organizationId, id, db: tx, forUpdate: true });
    if (cert.status === "denied") return cert;
    if (cert.status === "pending" || cert.status === "processing") {
      throw new ApiError(400, "invalid_input", `This certificate is still ${cert.status}; deny it once its review is complete.`);
    }
    const [updated] = await tx
      .update(certificates)
      .set({ status: "denied", deniedReason: reason || null, deniedBy: actor, updatedAt: new Date() })
      .where(eq(certificates.id, cert.id))
      .returning();
    await tx.update(reviewResults).set({ status: "denied", updatedAt: new Date() }).where(eq(reviewResults.certificateId, cert.id));
    await recordCertificateEvent(tx, updated);
    if (audit) await recordAuditEntry(tx, audit);
    return updated;
  });
  // After commit, so the dispatcher can see the delivery rows.
  kickWebhookDispatcher();
  return result;
}
