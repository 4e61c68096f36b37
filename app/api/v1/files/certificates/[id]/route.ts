import { audit } from "@/lib/api/audit";
import { certificateResponse } from "@/lib/api/certificate-response";
import { withApiKey } from "@/lib/api/handler";
import { parseExpand } from "@/lib/schemas/certificate";
import { deleteCertificate } from "@/lib/server/certificates/delete-certificate";
import { getCertificateOrThrow } from "@/lib/server/certificates/get-certificate-or-throw";

type Params = { id: string };

// GET /api/v1/files/certificates/{id} – retrieve a certificate (`expand[]=review_results[.full]`)
export const GET = withApiKey<Params>(async (req, { caller, params }) => {
  const row = await getCertificateOrThrow({ organizationId: caller.organizationId, id: params.id });
  return certificateResponse(req, caller, row, parseExpand(new URL(req.url)));
});

// DELETE /api/v1/files/certificates/{id} – soft delete
export const DELETE = withApiKey<Params>(async (req, { caller, params }) => {
  const deleted = await deleteCertificate({ organizationId: caller.organizationId, id: params.id });
  await audit(req, caller, "certificate.deleted", params.id);
  return Response.json(deleted);
});
