import { and, eq } from "drizzle-orm";
import { notFound } from "../../api/errors";
import { getDb } from "../../db/client";
import { apiKeys } from "../../db/schema";
import { isIdOf } from "../../ids";

export type RevokeApiKeyOptions = { organizationId: string; id: string };

/** Revocation is immediate (authentication skips revoked keys) and idempotent: revoking twice keeps the first time. */
export async function revokeApiKey({ organizationId, id }: RevokeApiKeyOptions) {
  if (!isIdOf("apiKey", id)) throw notFound("API key", id);
  const db = await getDb();
  const where = and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.id, id));
  const [row] = await db.select().from(apiKeys).where(where).limit(1);
  if (!row) throw notFound("API key", id);
  if (row.revokedAt) return row;
  const [updated] = await db.update(apiKeys).set({ revokedAt: new Date() }).where(where).returning();
  return updated;
}
