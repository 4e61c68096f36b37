import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { certificates } from "../../db/schema";
import { getCertificateOrThrow } from "./get-certificate-or-throw";

export type DeleteCertificateOptions = { organizationId: string; id: string };

/** Soft delete: hidden from the API from now on, row and file kept for audit. */
export async function deleteCertificate({ organizationId, id }: DeleteCertificateOptions) {
  await getCertificateOrThrow({ organizationId, id });
  const db = await getDb();
  await db
    .update(certificates)
    .set({ deletedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(certificates.organizationId, organizationId), eq(certificates.id, id)));
  return { id, deleted: true as const };
}
