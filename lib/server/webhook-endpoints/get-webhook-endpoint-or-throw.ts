import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "../../api/errors";
import { getDb, type Db, type Tx } from "../../db/client";
import { webhookEndpoints } from "../../db/schema";
import { isIdOf } from "../../ids";

export type GetWebhookEndpointOptions = { organizationId: string; id: string; db?: Db | Tx };

/** Another organization's endpoint is "not found": existence must not leak. */
export async function getWebhookEndpointOrThrow({ organizationId, id, db }: GetWebhookEndpointOptions) {
  if (!isIdOf("webhookEndpoint", id)) throw notFound("webhook endpoint", id);
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, id), isNull(webhookEndpoints.deletedAt)))
    .limit(1);
  if (!row) throw notFound("webhook endpoint", id);
  return row;
}
