import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { contractors, entities, insuranceRequirements } from "../../db/schema";

/**
 * The requirement a contractor's certificates are judged by: its entity's requirement, else the organization's
 * default. Null when there is neither.
 */
export async function resolveRequirement(db: Db, organizationId: string, contractorId: string) {
  const [viaEntity] = await db
    .select({ requirement: insuranceRequirements })
    .from(contractors)
    .innerJoin(entities, and(eq(entities.id, contractors.entityId), isNull(entities.deletedAt)))
    .innerJoin(
      insuranceRequirements,
      and(eq(insuranceRequirements.id, entities.insuranceRequirementId), isNull(insuranceRequirements.deletedAt)),
    )
    .where(and(eq(contractors.organizationId, organizationId), eq(contractors.id, contractorId)))
    .limit(1);
  if (viaEntity) return viaEntity.requirement;
  const [fallback] = await db
    .select()
    .from(insuranceRequirements)
    .where(
      and(
        eq(insuranceRequirements.organizationId, organizationId),
        eq(insuranceRequirements.isDefault, true),
        isNull(insuranceRequirements.deletedAt),
      ),
    )
    .limit(1);
  return fallback ?? null;
}
