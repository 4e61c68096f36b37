import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { CertificateReadError } from "../../coi/errors";
import { evaluateCertificate } from "../../coi/evaluate";
import { insuranceRulesSchema } from "../../coi/rules";
import { getDb } from "../../db/client";
import { auditResults, certificates, contractors, reviewResults } from "../../db/schema";
import { newId } from "../../ids";
import { getReaderPool } from "../../jobs/reader-pool";
import { readStoredFile } from "../../storage";
import { recordCertificateEvent } from "../events/record-event";
import { resolveRequirement } from "../insurance-requirements/resolve-requirement";
import { markCertificateError } from "./mark-certificate-error";
import { statusFromAudits } from "./recompute-status";
import { kickWebhookDispatcher } from "../../webhooks/dispatcher";

export type ProcessCertificateOptions = { certificateId: string; organizationId: string; now?: Date };
export type ProcessOutcome = "approved" | "flagged" | "error" | "skipped";

/**
 * Reads a stored certificate, evaluates it against its requirement and stores the review results. Idempotent: a
 * retried or duplicated job for a certificate that already reached a final status does nothing. Problems with the
 * document itself end in `error`; anything else (database, storage) is thrown so the job is retried.
 */
export async function processCertificate({ certificateId, organizationId, now = new Date() }: ProcessCertificateOptions): Promise<ProcessOutcome> {
  const db = await getDb();
  const where = and(eq(certificates.id, certificateId), eq(certificates.organizationId, organizationId));
  const [claimed] = await db
    .update(certificates)
    .set({ status: "processing", updatedAt: new Date(), attempts: sqlIncrement() })
    .where(and(where, isNull(certificates.deletedAt), inStatuses(["pending", "processing"])))
    .returning();
  if (!claimed) return "skipped";
  // Lets the crash tests kill a worker while it holds a job; never set in production.
  const testDelay = Number(process.env.COVERDESK_TEST_PROCESS_DELAY_MS ?? 0);
  if (testDelay > 0) await new Promise((resolve) => setTimeout(resolve, testDelay));

  const bytes = await readStoredFile({ kind: claimed.storageKind, key: claimed.storageKey });
  let read;
  let parseMs;
  try {
    // In a reader thread with time and memory limits: a hostile PDF ends in `error`, it cannot take the process down.
    const isolated = await getReaderPool().read(new Uint8Array(bytes));
    read = isolated.result;
    parseMs = isolated.ms;
  } catch (err) {
    if (err instanceof CertificateReadError) {
      await markCertificateError({ certificateId, organizationId, code: err.code, message: err.message });
      return "error";
    }
    throw err;
  }

  const requirement = await resolveRequirement(db, organizationId, claimed.contractorId);
  if (!requirement) {
    await markCertificateError({
      certificateId,
      organizationId,
      code: "no_insurance_requirement_found",
      message: "No insurance requirement applies to this contractor: set a default requirement or one on its entity.",
    });
    return "error";
  }
  const [contractor] = await db.select().from(contractors).where(eq(contractors.id, claimed.contractorId));
  const rules = insuranceRulesSchema.parse(requirement.rules);
  const outcomes = evaluateCertificate({
    parsed: read.parsed,
    rules,
    confidence: read.confidence,
    sources: read.sources,
    contractor: { first_name: contractor.firstName, last_name: contractor.lastName, company_name: contractor.companyName },
    now,
  });
  const status = statusFromAudits(outcomes.map((o) => ({ result: o.result, manuallyApproved: false, voided: false })));

  const outcome = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(certificates)
      .set({ status, updatedAt: new Date(), errorCode: null, errorMessage: null })
      .where(and(where, eq(certificates.status, "processing")))
      .returning();
    // Deleted or finished by another attempt meanwhile: keep what is there.
    if (!updated) return "skipped" as const;
    const reviewId = newId("reviewResult");
    await tx.insert(reviewResults).values({
      id: reviewId,
      organizationId,
      certificateId,
      insuranceRequirementId: requirement.id,
      status,
      shape: read.shape,
      parsedCertificate: read.parsed as unknown as Record<string, unknown>,
      sources: read.sources as unknown as Record<string, unknown>,
      confidence: read.confidence,
      parseMs,
    });
    if (outcomes.length > 0) {
      await tx.insert(auditResults).values(
        outcomes.map((o, position) => ({
          id: newId("auditResult"),
          organizationId,
          reviewResultId: reviewId,
          position,
          rulePath: o.rule_path,
          ruleName: o.rule_name,
          result: o.result,
          message: o.message,
        })),
      );
    }
    await recordCertificateEvent(tx, updated);
    return status;
  });
  // After commit, so the dispatcher can see the delivery rows.
  kickWebhookDispatcher();
  return outcome;
}

const sqlIncrement = () => sql`${certificates.attempts} + 1`;
const inStatuses = (s: ("pending" | "processing")[]) => inArray(certificates.status, s);
