import { and, eq, isNull, lt, or } from "drizzle-orm";
import { getDb } from "../../db/client";
import { apiKeys } from "../../db/schema";

// `last_used` is minute-grained: a busy integration then costs one write a minute, not one per request.
export const LAST_USED_RESOLUTION_MS = 60_000;

export type RecordApiKeyUseOptions = { apiKeyId: string; lastUsedAt: Date | null; now?: Date };

/**
 * Stamps a key's `last_used` when it authenticates, unless it was stamped within the last minute. The caller
 * passes what it just read, so a fresh stamp costs no query; the update's own condition keeps several processes
 * from each writing it.
 */
export async function recordApiKeyUse({ apiKeyId, lastUsedAt, now = new Date() }: RecordApiKeyUseOptions): Promise<void> {
  const since = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (lastUsedAt && lastUsedAt > since) return;
  const db = await getDb();
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, apiKeyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, since))));
}
