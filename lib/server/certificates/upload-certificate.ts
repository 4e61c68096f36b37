import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { ApiError, whenNotFound } from "../../api/errors";
import { MAX_CERTIFICATE_BYTES, type UploadedFile } from "../../api/multipart";
import { getDb } from "../../db/client";
import { certificates } from "../../db/schema";
import { newId } from "../../ids";
import { isUniqueViolation } from "../../db/errors";
import { txExecutor } from "../../db/tx-executor";
import { getBoss } from "../../jobs/boss";
import { enqueueProcessCertificate, wakeAfterCommit } from "../../jobs/enqueue";
import { env } from "../../env";
import { removeFile, saveFile, type StoredFile } from "../../storage";
import { getContractorOrThrow } from "../contractors/get-contractor-or-throw";
import { resolveRequirement } from "../insurance-requirements/resolve-requirement";

export type UploadCertificateOptions = {
  organizationId: string;
  contractorId: string | undefined;
  file: UploadedFile | undefined;
  /** The `Idempotency-Key` header, if sent. */
  idempotencyKey?: string | null;
};

export type UploadCertificateResult = { row: typeof certificates.$inferSelect; replayed: boolean };

const PDF_MIME_TYPES = new Set(["application/pdf", "application/x-pdf"]);

/**
 * Validates in the contract's order (contractor, file, extension, MIME type, size, magic bytes), stores the file
 * durably, records the certificate and queues its processing. A 201 after this means nothing can be lost.
 */
export async function uploadCertificate({ organizationId, contractorId, file, idempotencyKey }: UploadCertificateOptions): Promise<UploadCertificateResult> {
  const key = parseIdempotencyKey(idempotencyKey);
  if (!contractorId?.trim()) {
    throw new ApiError(400, "missing_contractor_id", "Missing required parameter 'contractor' (a contractor ID, cn_…).");
  }
  const contractor = await getContractorOrThrow({ organizationId, id: contractorId.trim() }).catch(
    whenNotFound(() => new ApiError(400, "invalid_contractor_id", `No such contractor: '${contractorId}'.`)),
  );
  if (!file) {
    throw new ApiError(400, "missing_certificate", "Missing required file 'certificate' (multipart/form-data).");
  }
  if (!/\.pdf$/i.test(file.filename.trim())) {
    throw new ApiError(400, "invalid_file_type", `The file must have a .pdf extension; got '${file.filename || "(no name)"}'.`);
  }
  if (!PDF_MIME_TYPES.has(file.mimeType)) {
    throw new ApiError(400, "invalid_mime_type", `The file's MIME type must be application/pdf; got '${file.mimeType || "(none)"}'.`);
  }
  if (file.tooLarge) {
    throw new ApiError(413, "invalid_file_size", `The file is larger than the ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MB limit.`);
  }
  if (file.bytes.length === 0) {
    throw new ApiError(400, "invalid_file_size", "The file is empty.");
  }
  if (file.bytes.subarray(0, 4).toString("latin1") !== "%PDF") {
    throw new ApiError(400, "invalid_file_type", "The file is not a PDF: it does not begin with %PDF.");
  }
  const db = await getDb();
  if (!(await resolveRequirement(db, organizationId, contractor.id))) {
    throw new ApiError(
      400,
      "no_insurance_requirement_found",
      "No insurance requirement applies to this contractor. Create a default requirement, or set one on the contractor's entity.",
    );
  }

  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  if (key) {
    const earlier = await findByIdempotencyKey(organizationId, key);
    if (earlier) return replay(earlier, contractor.id, sha256);
  }

  const id = newId("certificate");
  const storageKey = `${organizationId}/${id}.pdf`;
  const kind = env().storage;
  // Files on disk go first (a rename cannot join a transaction); bytes in the database join the one below.
  const onDisk: StoredFile | undefined = kind === "fs" ? await saveFile(storageKey, file.bytes, "fs") : undefined;
  // Started before the transaction: on the embedded database (one connection) pg-boss's first start-up queries would
  // wait behind the transaction's lock.
  await getBoss();
  let row: typeof certificates.$inferSelect;
  try {
    // Row, stored bytes and queued job commit together: a 201 means all three exist, and a failure leaves none
    // (an orphaned file on disk is removed below, or by the recovery sweep after a crash).
    row = await db.transaction(async (tx) => {
      const stored = onDisk ?? (await saveFile(storageKey, file.bytes, kind, tx));
      const [inserted] = await tx
        .insert(certificates)
        .values({
          id,
          organizationId,
          contractorId: contractor.id,
          filename: sanitizeFilename(file.filename),
          status: "pending",
          storageKind: stored.kind,
          storageKey: stored.key,
          sizeBytes: file.bytes.length,
          sha256,
          idempotencyKey: key,
        })
        .returning();
      await enqueueProcessCertificate({ certificateId: id, organizationId }, txExecutor(tx));
      return inserted;
    });
  } catch (err) {
    if (onDisk) await removeFile(onDisk);
    // Two requests with one key raced and the other committed first: answer as its replay.
    if (key && isUniqueViolation(err)) {
      const earlier = await findByIdempotencyKey(organizationId, key);
      if (earlier) return replay(earlier, contractor.id, sha256);
    }
    throw err;
  }
  await wakeAfterCommit();
  return { row, replayed: false };
}

function parseIdempotencyKey(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (value.length === 0 || value.length > 255 || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new ApiError(400, "invalid_input", "Invalid Idempotency-Key header: 1 to 255 printable characters.");
  }
  return value;
}

async function findByIdempotencyKey(organizationId: string, key: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(certificates)
    .where(and(eq(certificates.organizationId, organizationId), eq(certificates.idempotencyKey, key)))
    .limit(1);
  return row;
}

/** The earlier certificate, if this request is truly a retry of the one that made it. */
function replay(earlier: typeof certificates.$inferSelect, contractorId: string, sha256: string): UploadCertificateResult {
  if (earlier.deletedAt) {
    throw new ApiError(409, "conflict", `The certificate created with this Idempotency-Key (${earlier.id}) has been deleted; use a new key.`);
  }
  if (earlier.contractorId !== contractorId || earlier.sha256 !== sha256) {
    throw new ApiError(409, "conflict", `This Idempotency-Key was used for a different upload (${earlier.id}); use a new key for a new upload.`);
  }
  return { row: earlier, replayed: true };
}

/** Keeps the name people recognise, minus path parts and control characters. */
function sanitizeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "certificate.pdf";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 255) || "certificate.pdf";
}
