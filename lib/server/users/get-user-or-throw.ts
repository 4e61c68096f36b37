import { and, eq } from "drizzle-orm";
import { notFound } from "../../api/errors";
import type { Db, Tx } from "../../db/client";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";
import { isIdOf } from "../../ids";

export type GetUserOptions = { organizationId: string; id: string; db?: Db | Tx };

export async function getUserOrThrow({ organizationId, id, db }: GetUserOptions) {
  if (!isIdOf("user", id)) throw notFound("user", id);
  const conn = db ?? (await getDb());
  const [row] = await conn.select().from(users).where(and(eq(users.organizationId, organizationId), eq(users.id, id))).limit(1);
  if (!row) throw notFound("user", id);
  return row;
}
