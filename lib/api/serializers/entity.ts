import type { entities } from "../../db/schema";
import type { Entity } from "../../schemas/entity";
import { unixSeconds } from "./time";

export function serializeEntity(row: typeof entities.$inferSelect): Entity {
  return {
    id: row.id,
    name: row.name,
    insurance_requirement: row.insuranceRequirementId,
    created: unixSeconds(row.createdAt),
    updated: unixSeconds(row.updatedAt),
  };
}
