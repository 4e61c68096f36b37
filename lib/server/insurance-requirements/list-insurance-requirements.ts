import { and, eq, isNull } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { insuranceRequirements } from "../../db/schema";
import { paginate } from "../paginate";

export type ListInsuranceRequirementsOptions = { organizationId: string; params: ListParams; isDefault?: boolean };

export async function listInsuranceRequirements({ organizationId, params, isDefault }: ListInsuranceRequirementsOptions) {
  const db = await getDb();
  const where = and(
    isNull(insuranceRequirements.deletedAt),
    isDefault === undefined ? undefined : eq(insuranceRequirements.isDefault, isDefault),
  );
  return paginate({ db, table: insuranceRequirements, organizationId, where, params });
}
