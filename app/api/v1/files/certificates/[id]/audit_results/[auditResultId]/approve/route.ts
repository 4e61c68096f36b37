import { auditEntry } from "@/lib/api/audit";
import { certificateResponse } from "@/lib/api/certificate-response";
import { withApiKey } from "@/lib/api/handler";
import { approveAuditResult } from "@/lib/server/certificates/approve-audit-result";

// POST /api/v1/files/certificates/{id}/audit_results/{car_id}/approve – manually approve a failed rule
export const POST = withApiKey<{ id: string; auditResultId: string }>(async (req, { caller, params }) => {
  const row = await approveAuditResult({
    organizationId: caller.organizationId,
    certificateId: params.id,
    auditResultId: params.auditResultId,
    actor: caller.actor,
    audit: auditEntry(req, caller, "certificate.rule_approved", params.id, { audit_result: params.auditResultId }),
  });
  return certificateResponse(req, caller, row, "full");
});
