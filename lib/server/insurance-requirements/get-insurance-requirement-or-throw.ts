import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "../../api/errors";
import type { Db, Tx } from "../../db/client";
import { getDb } from "../../db/client";
import { insuranceRequirements } from "../../db/schema";
import { isIdOf } from "../../ids";

export type GetInsuranceRequirementOptions = { organizationId: string; id: string; db?: Db | Tx; forUpdate?: boolean };

/** Another organization's requirement is "not found", never "forbidden": existence must not leak. */
export async function getInsuranceRequirementOrThrow({ organizationId, id, db, forUpdate }: GetInsuranceRequirementOptions) {
  if (!isIdOf("insuranceRequirement", id)) throw notFound("insurance requirement", id);
  const conn = db ?? (await getDb());
  const query = conn
    .select()
    .from(insuranceRequirements)
    .where(
      and(
        eq(insuranceRequirements.organizationId, organizationId),
        eq(insuranceRequirements.id, id),
        isNull(insuranceRequirements.deletedAt),
      ),
    )
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("insurance requirement", id);
  return row;
}
