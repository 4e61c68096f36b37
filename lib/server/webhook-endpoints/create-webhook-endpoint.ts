import { getDb } from "../../db/client";
import { webhookEndpoints, webhookEventTypes } from "../../db/schema";
import { newId } from "../../ids";
import type { CreateWebhookEndpointInput } from "../../schemas/webhook-endpoint";
import { newWebhookSecret } from "../../webhooks/sign";
import { assertWebhookUrl } from "./assert-webhook-url";

export type CreateWebhookEndpointOptions = { organizationId: string; input: CreateWebhookEndpointInput };

/** The returned row carries the secret; the route shows it in this one response. */
export async function createWebhookEndpoint({ organizationId, input }: CreateWebhookEndpointOptions) {
  const url = await assertWebhookUrl(input.url);
  const db = await getDb();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      id: newId("webhookEndpoint"),
      organizationId,
      url,
      description: input.description ?? null,
      events: input.events ?? [...webhookEventTypes],
      secret: newWebhookSecret(),
    })
    .returning();
  return row;
}
