import type { InsuranceRules } from "../../coi/rules";
import type { insuranceRequirements } from "../../db/schema";
import type { InsuranceRequirement } from "../../schemas/insurance-requirement";
import { unixSeconds } from "./time";

export function serializeInsuranceRequirement(row: typeof insuranceRequirements.$inferSelect): InsuranceRequirement {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    // Validated by insuranceRulesSchema on every write.
    rules: row.rules as InsuranceRules,
    is_default: row.isDefault,
    created: unixSeconds(row.createdAt),
    updated: unixSeconds(row.updatedAt),
  };
}
