import { and, eq, isNull } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { entities } from "../../db/schema";
import { paginate } from "../paginate";

export type ListEntitiesOptions = { organizationId: string; params: ListParams; insuranceRequirement?: string };

export async function listEntities({ organizationId, params, insuranceRequirement }: ListEntitiesOptions) {
  const db = await getDb();
  const where = and(
    isNull(entities.deletedAt),
    insuranceRequirement ? eq(entities.insuranceRequirementId, insuranceRequirement) : undefined,
  );
  return paginate({ db, table: entities, organizationId, where, params });
}
