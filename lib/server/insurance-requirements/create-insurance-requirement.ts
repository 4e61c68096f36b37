import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { insuranceRequirements, organizations } from "../../db/schema";
import { newId } from "../../ids";
import type { CreateInsuranceRequirementInput } from "../../schemas/insurance-requirement";

export type CreateInsuranceRequirementOptions = { organizationId: string; input: CreateInsuranceRequirementInput };

/**
 * An organization's first live requirement becomes its default unless `is_default: false` is sent. Making one the
 * default unsets the previous one first, in the same transaction, so the partial unique index
 * `insurance_requirements_one_default` never sees two.
 */
export async function createInsuranceRequirement({ organizationId, input }: CreateInsuranceRequirementOptions) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serializes default changes within the organization; NO KEY UPDATE leaves foreign-key checks unblocked.
    await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("no key update");
    const live = and(eq(insuranceRequirements.organizationId, organizationId), isNull(insuranceRequirements.deletedAt));
    let isDefault = input.is_default;
    if (isDefault === undefined) {
      const [existing] = await tx.select({ id: insuranceRequirements.id }).from(insuranceRequirements).where(live).limit(1);
      isDefault = !existing;
    }
    if (isDefault) {
      await tx
        .update(insuranceRequirements)
        .set({ isDefault: false, updatedAt: new Date() })
        .where(and(live, eq(insuranceRequirements.isDefault, true)));
    }
    const [row] = await tx
      .insert(insuranceRequirements)
      .values({
        id: newId("insuranceRequirement"),
        organizationId,
        name: input.name,
        description: input.description ?? null,
        rules: input.rules,
        isDefault,
      })
      .returning();
    return row;
  });
}
