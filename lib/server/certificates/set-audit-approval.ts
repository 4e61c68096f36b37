import { and, eq } from "drizzle-orm";
import { ApiError, notFound } from "../../api/errors";
import { getDb } from "../../db/client";
import { auditResults, certificates, reviewResults } from "../../db/schema";
import { isIdOf } from "../../ids";
import { recordCertificateEvent } from "../events/record-event";
import { getCertificateOrThrow } from "./get-certificate-or-throw";
import { statusFromAudits } from "./recompute-status";
import { kickWebhookDispatcher } from "../../webhooks/dispatcher";
import { recordAuditEntry, type AuditEntry } from "../audit-log/record-audit-entry";

export type SetAuditApprovalOptions = {
  organizationId: string;
  certificateId: string;
  auditResultId: string;
  approved: boolean;
  actor: string;
  /** Recorded in the same transaction as the approval. */
  audit?: AuditEntry;
};

/**
 * Sets `manually_approved` on one failed rule and recomputes the certificate's status in the same transaction
 * (the certificate row is locked, so two reviewers clicking at once cannot lose an update). A status that changes
 * emits its event.
 */
export async function setAuditApproval({ organizationId, certificateId, auditResultId, approved, actor, audit }: SetAuditApprovalOptions) {
  if (!isIdOf("auditResult", auditResultId)) throw notFound("audit result", auditResultId);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const cert = await getCertificateOrThrow({ organizationId, id: certificateId, db: tx, forUpdate: true });
    const [review] = await tx.select().from(reviewResults).where(eq(reviewResults.certificateId, cert.id));
    if (!review) throw notFound("audit result", auditResultId);
    const audits = await tx
      .select()
      .from(auditResults)
      .where(and(eq(auditResults.reviewResultId, review.id), eq(auditResults.voided, false)));
    const target = audits.find((a) => a.id === auditResultId);
    if (!target) throw notFound("audit result", auditResultId);
    if (cert.status === "denied") {
      throw new ApiError(400, "invalid_input", "This certificate was denied; its rules can no longer be approved or unapproved.");
    }
    if (target.result === "pass") {
      throw new ApiError(400, "invalid_input", "This rule passed; only failed rules can be manually approved.");
    }
    const [updatedAudit] = await tx
      .update(auditResults)
      .set(approved ? { manuallyApproved: true, approvedBy: actor, approvedAt: new Date() } : { manuallyApproved: false, approvedBy: null, approvedAt: null })
      .where(eq(auditResults.id, auditResultId))
      .returning();
    const status = statusFromAudits(audits.map((a) => (a.id === auditResultId ? updatedAudit : a)));
    let current = cert;
    if (status !== cert.status) {
      [current] = await tx.update(certificates).set({ status, updatedAt: new Date() }).where(eq(certificates.id, cert.id)).returning();
      await tx.update(reviewResults).set({ status, updatedAt: new Date() }).where(eq(reviewResults.id, review.id));
      await recordCertificateEvent(tx, current);
    } else {
      await tx.update(reviewResults).set({ updatedAt: new Date() }).where(eq(reviewResults.id, review.id));
    }
    if (audit) await recordAuditEntry(tx, audit);
    return current;
  });
  // After commit, so the dispatcher can see the delivery rows.
  kickWebhookDispatcher();
  return result;
}
