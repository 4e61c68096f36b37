import type { apiKeys } from "../../db/schema";
import type { ApiKeyObject } from "../../schemas/api-key";
import { unixSeconds } from "./time";

export function serializeApiKey(row: typeof apiKeys.$inferSelect): ApiKeyObject {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    created: unixSeconds(row.createdAt),
    last_used: row.lastUsedAt ? unixSeconds(row.lastUsedAt) : null,
    revoked: row.revokedAt ? unixSeconds(row.revokedAt) : null,
  };
}
