import { audit } from "@/lib/api/audit";
import { z } from "zod";
import { certificateResponse, serializeCertificates } from "@/lib/api/certificate-response";
import { zodToApiError } from "@/lib/api/errors";
import { withApiKey } from "@/lib/api/handler";
import { readMultipart, type UploadedFile } from "@/lib/api/multipart";
import { readBody } from "@/lib/api/body";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { certificateStatusSchema, parseExpand } from "@/lib/schemas/certificate";
import { listCertificates } from "@/lib/server/certificates/list-certificates";
import { uploadCertificate } from "@/lib/server/certificates/upload-certificate";

// POST /api/v1/files/certificates – upload a COI (multipart: certificate, contractor)
export const POST = withApiKey(async (req, { caller }) => {
  const isMultipart = (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
  let contractorId: string | undefined;
  let file: UploadedFile | undefined;
  if (isMultipart) {
    const form = await readMultipart(req, "certificate");
    contractorId = form.fields.contractor;
    file = form.files.find((f) => f.field === "certificate");
  } else {
    // No file can travel in JSON or a urlencoded form, but the contractor check still comes first.
    const body = await readBody(req);
    contractorId = typeof body.contractor === "string" ? body.contractor : undefined;
  }
  const { row, replayed } = await uploadCertificate({
    organizationId: caller.organizationId,
    contractorId,
    file,
    idempotencyKey: req.headers.get("idempotency-key"),
  });
  if (replayed) {
    const response = await certificateResponse(req, caller, row, "none", 201);
    response.headers.set("Idempotent-Replayed", "true");
    return response;
  }
  await audit(req, caller, "certificate.uploaded", row.id, { contractor: row.contractorId, filename: row.filename });
  return certificateResponse(req, caller, row, "none", 201);
});

const filterSchema = z.object({
  contractor: z.string().max(100).optional(),
  status: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((s) => s.trim()) : undefined))
    .pipe(z.array(certificateStatusSchema).max(6).optional()),
  order: z.enum(["desc", "asc"]).default("desc"),
});

// GET /api/v1/files/certificates – list certificates, newest first (`?contractor=cn_…`, `?status=flagged,error`,
// `?order=asc` for oldest first)
export const GET = withApiKey(async (req, { caller }) => {
  const url = new URL(req.url);
  const filters = filterSchema.safeParse({
    contractor: url.searchParams.get("contractor") ?? undefined,
    status: url.searchParams.get("status") ?? undefined,
    order: url.searchParams.get("order") ?? undefined,
  });
  if (!filters.success) throw zodToApiError(filters.error);
  const page = await listCertificates({
    organizationId: caller.organizationId,
    params: parseListParams(url),
    contractorId: filters.data.contractor,
    statuses: filters.data.status,
    order: filters.data.order,
  });
  const data = await serializeCertificates(req, caller, page.data, parseExpand(url));
  return listResponse({ data, has_more: page.has_more });
});
