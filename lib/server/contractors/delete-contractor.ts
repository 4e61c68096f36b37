import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { contractors } from "../../db/schema";
import { getContractorOrThrow } from "./get-contractor-or-throw";

export type DeleteContractorOptions = { organizationId: string; id: string };

/** Soft delete: the row (and its certificates) stay for audit; the contractor disappears from the API. */
export async function deleteContractor({ organizationId, id }: DeleteContractorOptions) {
  await getContractorOrThrow({ organizationId, id });
  const db = await getDb();
  await db
    .update(contractors)
    .set({ deletedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(contractors.organizationId, organizationId), eq(contractors.id, id)));
  return { id, deleted: true as const };
}
