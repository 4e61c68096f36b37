import type { auditResults, certificates } from "../../db/schema";
import type { AuditResultObject, CertificateObject, ExpandLevel, FieldSourceObject } from "../../schemas/certificate";
import type { ReviewBundle } from "../../server/review-results/load-review-results";
import { unixSeconds } from "./time";

export function serializeAuditResult(row: typeof auditResults.$inferSelect): AuditResultObject {
  return {
    id: row.id,
    rule_path: row.rulePath,
    rule_name: row.ruleName,
    result: row.result,
    message: row.message,
    manually_approved: row.manuallyApproved,
    manually_approved_by: row.approvedBy,
    manually_approved_at: row.approvedAt ? unixSeconds(row.approvedAt) : null,
    created: unixSeconds(row.createdAt),
  };
}

/** Each value's source with its confidence beside it (stored apart: the rules read them separately). */
function withConfidence(sources: unknown, confidence: unknown): Record<string, FieldSourceObject> | null {
  if (!sources || typeof sources !== "object") return null;
  const c = (confidence ?? {}) as Record<string, number>;
  const out: Record<string, FieldSourceObject> = {};
  for (const [path, source] of Object.entries(sources as Record<string, Omit<FieldSourceObject, "confidence">>)) {
    out[path] = { ...source, confidence: typeof c[path] === "number" ? c[path] : null };
  }
  return out;
}

function summarize(audits: (typeof auditResults.$inferSelect)[]) {
  const passed = audits.filter((a) => a.result === "pass").length;
  const approved = audits.filter((a) => a.result !== "pass" && a.manuallyApproved).length;
  return { total_rules: audits.length, passed, failed: audits.length - passed - approved, manually_approved: approved };
}

export type SerializeCertificateOptions = {
  row: typeof certificates.$inferSelect;
  baseUrl: string;
  expand: ExpandLevel;
  bundle?: ReviewBundle;
};

export function serializeCertificate({ row, baseUrl, expand, bundle }: SerializeCertificateOptions): CertificateObject {
  let review: CertificateObject["review_results"] = null;
  if (expand !== "none" && bundle) {
    const { review: r, audits } = bundle;
    // The review's status follows the certificate's (a reviewer's approvals and denial change both).
    const base = { id: r.id, status: row.status, summary: summarize(audits), created: unixSeconds(r.createdAt) };
    review =
      expand === "full"
        ? {
            ...base,
            parsed_certificate_json: r.parsedCertificate,
            sources: withConfidence(r.sources, r.confidence),
            audit_results: audits.map(serializeAuditResult),
            updated: unixSeconds(r.updatedAt),
          }
        : base;
  }
  return {
    id: row.id,
    contractor: row.contractorId,
    status: row.status,
    created: unixSeconds(row.createdAt),
    updated: unixSeconds(row.updatedAt),
    filename: row.filename,
    pdf_url: `${baseUrl}/api/v1/files/certificates/${row.id}/pdf`,
    review_results: review,
    error: row.status === "error" ? { code: row.errorCode ?? "processing_failed", message: row.errorMessage ?? "Processing failed." } : null,
    denied_reason: row.status === "denied" ? row.deniedReason : null,
  };
}
