import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";
import { assertAdminRemains } from "./assert-admin-remains";
import { getUserOrThrow } from "./get-user-or-throw";

export type DisableUserOptions = { organizationId: string; id: string };

/**
 * Disabled users cannot sign in, and their dashboard's API tokens stop working on the next request. The row stays:
 * review actions name it.
 */
export async function disableUser({ organizationId, id }: DisableUserOptions) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const user = await getUserOrThrow({ organizationId, id, db: tx });
    if (user.disabledAt) return user;
    if (user.role === "admin") await assertAdminRemains(tx, organizationId, id);
    const [row] = await tx.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id)).returning();
    return row;
  });
}
