import { auditEntry } from "@/lib/api/audit";
import { certificateResponse } from "@/lib/api/certificate-response";
import { withApiKey } from "@/lib/api/handler";
import { unapproveAuditResult } from "@/lib/server/certificates/unapprove-audit-result";

// POST /api/v1/files/certificates/{id}/audit_results/{car_id}/unapprove – take a manual approval back
export const POST = withApiKey<{ id: string; auditResultId: string }>(async (req, { caller, params }) => {
  const row = await unapproveAuditResult({
    organizationId: caller.organizationId,
    certificateId: params.id,
    auditResultId: params.auditResultId,
    actor: caller.actor,
    audit: auditEntry(req, caller, "certificate.rule_unapproved", params.id, { audit_result: params.auditResultId }),
  });
  return certificateResponse(req, caller, row, "full");
});
