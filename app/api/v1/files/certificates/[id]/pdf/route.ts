import { withApiKey } from "@/lib/api/handler";
import { getCertificateFile } from "@/lib/server/certificates/get-certificate-file";

// GET /api/v1/files/certificates/{id}/pdf – the stored file, to its own organization only
export const GET = withApiKey<{ id: string }>(async (_req, { caller, params }) => {
  const file = await getCertificateFile({ organizationId: caller.organizationId, id: params.id });
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
