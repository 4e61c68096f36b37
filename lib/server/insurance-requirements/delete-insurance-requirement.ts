import { and, eq, isNull } from "drizzle-orm";
import { invalidInput } from "../../api/errors";
import { getDb } from "../../db/client";
import { entities, insuranceRequirements } from "../../db/schema";
import { getInsuranceRequirementOrThrow } from "./get-insurance-requirement-or-throw";

export type DeleteInsuranceRequirementOptions = { organizationId: string; id: string };

/**
 * Soft delete: review results keep pointing at the row they were judged by. A requirement a live entity still uses
 * cannot go. Deleting the default is allowed and leaves the organization without one: no other requirement is
 * promoted, so uploads for contractors whose entity supplies none fail with `no_insurance_requirement_found` until
 * another is made the default.
 */
export async function deleteInsuranceRequirement({ organizationId, id }: DeleteInsuranceRequirementOptions) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The row lock makes a concurrent entity write that references this requirement wait for the outcome.
    await getInsuranceRequirementOrThrow({ organizationId, id, db: tx, forUpdate: true });
    const [user] = await tx
      .select({ id: entities.id, name: entities.name })
      .from(entities)
      .where(and(eq(entities.organizationId, organizationId), eq(entities.insuranceRequirementId, id), isNull(entities.deletedAt)))
      .limit(1);
    if (user) {
      throw invalidInput(
        `Insurance requirement '${id}' is used by entity '${user.id}' (${user.name}); give that entity another requirement or delete it first.`,
      );
    }
    await tx
      .update(insuranceRequirements)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(insuranceRequirements.organizationId, organizationId), eq(insuranceRequirements.id, id)));
    return { id, deleted: true as const };
  });
}
