import { ApiError } from "../../api/errors";
import { getDb } from "../../db/client";
import { entities } from "../../db/schema";
import { newId } from "../../ids";
import type { CreateEntityInput } from "../../schemas/entity";
import { getInsuranceRequirementOrThrow } from "../insurance-requirements/get-insurance-requirement-or-throw";

export type CreateEntityOptions = { organizationId: string; input: CreateEntityInput };

export async function createEntity({ organizationId, input }: CreateEntityOptions) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const requirementId = input.insurance_requirement ?? null;
    if (requirementId) {
      // A requirement of this organization, locked so it cannot be deleted before this entity is in.
      await getInsuranceRequirementOrThrow({ organizationId, id: requirementId, db: tx, forUpdate: true }).catch((err) => {
        if (err instanceof ApiError && err.status === 404) {
          throw new ApiError(400, "invalid_input", `Invalid value for 'insurance_requirement': no such insurance requirement '${requirementId}'.`);
        }
        throw err;
      });
    }
    const [row] = await tx
      .insert(entities)
      .values({ id: newId("entity"), organizationId, name: input.name, insuranceRequirementId: requirementId })
      .returning();
    return row;
  });
}
