import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { webhookEndpoints } from "../../db/schema";
import type { RotateWebhookSecretInput } from "../../schemas/webhook-endpoint";
import { sealWebhookSecret } from "../../webhooks/secret-box";
import { newWebhookSecret } from "../../webhooks/sign";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint-or-throw";

export type RotateWebhookSecretOptions = { organizationId: string; id: string; input: RotateWebhookSecretInput };

/**
 * A new secret signs from now on; the current one becomes the previous one and keeps signing beside it (two
 * `v1,` entries in `webhook-signature`) for `expires_in_hours`, so receivers can switch without losing a delivery.
 * A previous secret still in its overlap is dropped: only the last two secrets ever sign.
 */
export async function rotateWebhookSecret({ organizationId, id, input }: RotateWebhookSecretOptions) {
  const current = await getWebhookEndpointOrThrow({ organizationId, id });
  const secret = newWebhookSecret();
  const now = new Date();
  const overlapMs = input.expires_in_hours * 3_600_000;
  const db = await getDb();
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      secret: sealWebhookSecret(secret, id),
      // Sealed for this same row, so the current seal moves over as it is.
      previousSecret: overlapMs > 0 ? current.secret : null,
      previousSecretExpiresAt: overlapMs > 0 ? new Date(now.getTime() + overlapMs) : null,
      updatedAt: now,
    })
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, id)))
    .returning();
  return { row, secret };
}
