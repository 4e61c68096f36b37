import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "../../api/errors";
import { getDb } from "../../db/client";
import { entities } from "../../db/schema";
import { isIdOf } from "../../ids";

export type GetEntityOptions = { organizationId: string; id: string };

export async function getEntityOrThrow({ organizationId, id }: GetEntityOptions) {
  if (!isIdOf("entity", id)) throw notFound("entity", id);
  const db = await getDb();
  const [row] = await db
    .select()
    .from(entities)
    .where(and(eq(entities.organizationId, organizationId), eq(entities.id, id), isNull(entities.deletedAt)))
    .limit(1);
  if (!row) throw notFound("entity", id);
  return row;
}
