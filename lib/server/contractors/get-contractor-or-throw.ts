import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "../../api/errors";
import { getDb } from "../../db/client";
import { contractors } from "../../db/schema";
import { isIdOf } from "../../ids";

export type GetContractorOptions = { organizationId: string; id: string };

/** Another organization's contractor is "not found", never "forbidden": existence must not leak. */
export async function getContractorOrThrow({ organizationId, id }: GetContractorOptions) {
  if (!isIdOf("contractor", id)) throw notFound("contractor", id);
  const db = await getDb();
  const [row] = await db
    .select()
    .from(contractors)
    .where(and(eq(contractors.organizationId, organizationId), eq(contractors.id, id), isNull(contractors.deletedAt)))
    .limit(1);
  if (!row) throw notFound("contractor", id);
  return row;
}
