import { and, eq, isNull } from "drizzle-orm";
import { ApiError, notFound } from "../../api/errors";
import { getDb } from "../../db/client";
import { entities } from "../../db/schema";
import type { UpdateEntityInput } from "../../schemas/entity";
import { getInsuranceRequirementOrThrow } from "../insurance-requirements/get-insurance-requirement-or-throw";
import { getEntityOrThrow } from "./get-entity-or-throw";

export type UpdateEntityOptions = { organizationId: string; id: string; input: UpdateEntityInput };

/** Only the fields sent change; `insurance_requirement` sent as null (or "" in a form) is cleared. */
export async function updateEntity({ organizationId, id, input }: UpdateEntityOptions) {
  await getEntityOrThrow({ organizationId, id });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const requirementId = input.insurance_requirement;
    if (requirementId) {
      // A requirement of this organization, locked so it cannot be deleted before this change is in.
      await getInsuranceRequirementOrThrow({ organizationId, id: requirementId, db: tx, forUpdate: true }).catch((err) => {
        if (err instanceof ApiError && err.status === 404) {
          throw new ApiError(400, "invalid_input", `Invalid value for 'insurance_requirement': no such insurance requirement '${requirementId}'.`);
        }
        throw err;
      });
    }
    const set: Partial<typeof entities.$inferInsert> = { updatedAt: new Date() };
    if (input.name !== undefined) set.name = input.name;
    if (requirementId !== undefined) set.insuranceRequirementId = requirementId;
    const [row] = await tx
      .update(entities)
      .set(set)
      .where(and(eq(entities.organizationId, organizationId), eq(entities.id, id), isNull(entities.deletedAt)))
      .returning();
    // Deleted between the check above and this update.
    if (!row) throw notFound("entity", id);
    return row;
  });
}
