import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { organizations } from "../../db/schema";

export async function findOrganizationOrThrow(id: string) {
  const db = await getDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  if (!org) throw new Error(`No organization with id '${id}'`);
  return org;
}
