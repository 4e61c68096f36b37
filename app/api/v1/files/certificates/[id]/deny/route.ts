import { auditEntry } from "@/lib/api/audit";
import { readBody } from "@/lib/api/body";
import { certificateResponse } from "@/lib/api/certificate-response";
import { withApiKey } from "@/lib/api/handler";
import { denyCertificateSchema, parseExpand } from "@/lib/schemas/certificate";
import { denyCertificate } from "@/lib/server/certificates/deny-certificate";

// POST /api/v1/files/certificates/{id}/deny – a reviewer denies the certificate (optional `reason`)
export const POST = withApiKey<{ id: string }>(async (req, { caller, params }) => {
  const { reason } = denyCertificateSchema.parse(await readBody(req));
  const row = await denyCertificate({
    organizationId: caller.organizationId,
    id: params.id,
    reason,
    actor: caller.actor,
    audit: auditEntry(req, caller, "certificate.denied", params.id, { reason }),
  });
  return certificateResponse(req, caller, row, parseExpand(new URL(req.url)));
});
