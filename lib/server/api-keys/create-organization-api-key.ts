import { eq } from "drizzle-orm";
import { createApiKey } from "../../auth/api-keys";
import { getDb } from "../../db/client";
import { apiKeys } from "../../db/schema";
import type { CreateApiKeyInput } from "../../schemas/api-key";

export type CreateOrganizationApiKeyOptions = { organizationId: string; input: CreateApiKeyInput };

/** A new key for the organization; the returned row carries the secret, which is never stored or shown again. */
export async function createOrganizationApiKey({ organizationId, input }: CreateOrganizationApiKeyOptions) {
  const created = await createApiKey({ organizationId, name: input.name });
  const db = await getDb();
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
  return { row, secret: created.secret };
}
