import { getDb } from "../../db/client";
import { webhookEndpoints, webhookEventTypes } from "../../db/schema";
import { newId } from "../../ids";
import type { CreateWebhookEndpointInput } from "../../schemas/webhook-endpoint";
import { sealWebhookSecret } from "../../webhooks/secret-box";
import { newWebhookSecret } from "../../webhooks/sign";
import { assertWebhookUrl } from "./assert-webhook-url";

export type CreateWebhookEndpointOptions = { organizationId: string; input: CreateWebhookEndpointInput };

/** The row stores the secret sealed; the plain `secret` returned is for the one response that shows it. */
export async function createWebhookEndpoint({ organizationId, input }: CreateWebhookEndpointOptions) {
  const url = await assertWebhookUrl(input.url);
  const id = newId("webhookEndpoint");
  const secret = newWebhookSecret();
  const db = await getDb();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      id,
      organizationId,
      url,
      description: input.description ?? null,
      events: input.events ?? [...webhookEventTypes],
      secret: sealWebhookSecret(secret, id),
    })
    .returning();
  return { row, secret };
}
