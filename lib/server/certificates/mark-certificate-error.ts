import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { certificates } from "../../db/schema";

export type MarkCertificateErrorOptions = { certificateId: string; organizationId: string; code: string; message: string };

/** Ends processing in `error` with a reason; only a certificate still in flight can be marked. */
export async function markCertificateError({ certificateId, organizationId, code, message }: MarkCertificateErrorOptions) {
  const db = await getDb();
  const [row] = await db
    .update(certificates)
    .set({ status: "error", errorCode: code, errorMessage: message, updatedAt: new Date() })
    .where(
      and(
        eq(certificates.id, certificateId),
        eq(certificates.organizationId, organizationId),
        inArray(certificates.status, ["pending", "processing"]),
      ),
    )
    .returning({ id: certificates.id });
  return Boolean(row);
}
