import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../db/client";
import { apiKeys } from "../db/schema";
import { newId, randomString } from "../ids";
import { recordApiKeyUse } from "../server/api-keys/record-api-key-use";

const KEY_PREFIX = "cd_live_";

export const hashApiKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

export type CreateApiKeyOptions = { organizationId: string; name?: string };

/** Creates a key and returns the secret once; only its hash is stored. */
export async function createApiKey({ organizationId, name = "Default key" }: CreateApiKeyOptions) {
  const secret = `${KEY_PREFIX}${randomString(32)}`;
  const db = await getDb();
  const [row] = await db
    .insert(apiKeys)
    .values({ id: newId("apiKey"), organizationId, name, hash: hashApiKey(secret), prefix: secret.slice(0, 12) })
    .returning();
  return { id: row.id, name: row.name, prefix: row.prefix, created: row.createdAt, secret };
}

export type ApiKeyOwner = { organizationId: string; apiKeyId: string };

/**
 * Finds the organization of a presented key. The lookup is by SHA-256 of the key, so timing reveals nothing
 * about how much of a guess matched (the index compares hashes, not secrets).
 */
export async function authenticateApiKey(secret: string): Promise<ApiKeyOwner | null> {
  if (!secret || secret.length > 200) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: apiKeys.id, organizationId: apiKeys.organizationId, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hashApiKey(secret)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  // Bookkeeping: a failed stamp must not refuse a valid key.
  await recordApiKeyUse({ apiKeyId: row.id, lastUsedAt: row.lastUsedAt }).catch((err) => console.error("[api] last_used not recorded:", err.message));
  return { organizationId: row.organizationId, apiKeyId: row.id };
}

/** Reads the key from `Basic base64(key:)` or `Bearer key`. */
export function keyFromAuthorization(header: string | null): string | null {
  if (!header) return null;
  const [scheme, value] = header.trim().split(/\s+/, 2);
  if (!value) return null;
  if (/^bearer$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon === -1 ? decoded : decoded.slice(0, colon);
  }
  return null;
}
