import { and, eq } from "drizzle-orm";
import { notFound } from "../../api/errors";
import { getDb } from "../../db/client";
import { events } from "../../db/schema";
import { isIdOf } from "../../ids";

export type GetEventOptions = { organizationId: string; id: string };

export async function getEventOrThrow({ organizationId, id }: GetEventOptions) {
  if (!isIdOf("event", id)) throw notFound("event", id);
  const db = await getDb();
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.organizationId, organizationId), eq(events.id, id)))
    .limit(1);
  if (!row) throw notFound("event", id);
  return row;
}
