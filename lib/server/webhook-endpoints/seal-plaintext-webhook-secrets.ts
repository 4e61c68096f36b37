import { and, eq, like } from "drizzle-orm";
import { getDb } from "../../db/client";
import { webhookEndpoints } from "../../db/schema";
import { sealWebhookSecret } from "../../webhooks/secret-box";

/**
 * Installs from before secrets were sealed hold `whsec_…` in the clear: seal them, at start (the key comes from the
 * server secret, which SQL migrations cannot see). Each row is written only if it still holds the plain value, so
 * several processes starting together on PostgreSQL do not seal one secret twice. Returns how many were sealed.
 */
export async function sealPlaintextWebhookSecrets(): Promise<number> {
  const db = await getDb();
  const plain = await db
    .select({ id: webhookEndpoints.id, secret: webhookEndpoints.secret })
    .from(webhookEndpoints)
    .where(like(webhookEndpoints.secret, "whsec\\_%"));
  let sealed = 0;
  for (const row of plain) {
    const done = await db
      .update(webhookEndpoints)
      .set({ secret: sealWebhookSecret(row.secret, row.id) })
      .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secret, row.secret)))
      .returning({ id: webhookEndpoints.id });
    sealed += done.length;
  }
  if (sealed) console.log(`[webhooks] sealed ${sealed} webhook secret(s) stored in plain text by an older version`);
  return sealed;
}
