import { and, eq, isNull } from "drizzle-orm";
import { invalidInput } from "../../api/errors";
import { getDb } from "../../db/client";
import { contractors, entities } from "../../db/schema";
import { getEntityOrThrow } from "./get-entity-or-throw";

export type DeleteEntityOptions = { organizationId: string; id: string };

/**
 * Soft delete. Like a requirement still used by an entity, an entity still used by a live contractor cannot go:
 * the contractor would silently fall back to the default requirement.
 */
export async function deleteEntity({ organizationId, id }: DeleteEntityOptions) {
  await getEntityOrThrow({ organizationId, id });
  const db = await getDb();
  const [user] = await db
    .select({ id: contractors.id })
    .from(contractors)
    .where(and(eq(contractors.organizationId, organizationId), eq(contractors.entityId, id), isNull(contractors.deletedAt)))
    .limit(1);
  if (user) {
    throw invalidInput(`Entity '${id}' is used by contractor '${user.id}'; move that contractor to another entity or delete it first.`);
  }
  await db
    .update(entities)
    .set({ deletedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(entities.organizationId, organizationId), eq(entities.id, id)));
  return { id, deleted: true as const };
}
