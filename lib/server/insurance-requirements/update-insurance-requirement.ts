import { and, eq, isNull, ne } from "drizzle-orm";
import { getDb } from "../../db/client";
import { insuranceRequirements, organizations } from "../../db/schema";
import type { UpdateInsuranceRequirementInput } from "../../schemas/insurance-requirement";
import { getInsuranceRequirementOrThrow } from "./get-insurance-requirement-or-throw";

export type UpdateInsuranceRequirementOptions = { organizationId: string; id: string; input: UpdateInsuranceRequirementInput };

/**
 * Only the fields sent change. `is_default: true` unsets the previous default first (same transaction, so the
 * partial unique index never sees two); `is_default: false` on the default leaves the organization without one,
 * exactly as deleting it would.
 */
export async function updateInsuranceRequirement({ organizationId, id, input }: UpdateInsuranceRequirementOptions) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (input.is_default !== undefined) {
      // Serializes default changes within the organization (see create-insurance-requirement).
      await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("no key update");
    }
    const current = await getInsuranceRequirementOrThrow({ organizationId, id, db: tx, forUpdate: true });
    if (input.is_default === true && !current.isDefault) {
      await tx
        .update(insuranceRequirements)
        .set({ isDefault: false, updatedAt: new Date() })
        .where(
          and(
            eq(insuranceRequirements.organizationId, organizationId),
            eq(insuranceRequirements.isDefault, true),
            isNull(insuranceRequirements.deletedAt),
            ne(insuranceRequirements.id, id),
          ),
        );
    }
    const set: Partial<typeof insuranceRequirements.$inferInsert> = { updatedAt: new Date() };
    if (input.name !== undefined) set.name = input.name;
    if (input.description !== undefined) set.description = input.description;
    if (input.rules !== undefined) set.rules = input.rules;
    if (input.is_default !== undefined) set.isDefault = input.is_default;
    const [row] = await tx
      .update(insuranceRequirements)
      .set(set)
      .where(and(eq(insuranceRequirements.organizationId, organizationId), eq(insuranceRequirements.id, id)))
      .returning();
    return row;
  });
}
