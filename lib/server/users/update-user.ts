import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";
import type { UpdateUserInput } from "../../schemas/user";
import { assertAdminRemains } from "./assert-admin-remains";
import { getUserOrThrow } from "./get-user-or-throw";

export type UpdateUserOptions = { organizationId: string; id: string; input: UpdateUserInput };

/** Changes a user's role or name; the API reads the role on every request, so it applies at once. */
export async function updateUser({ organizationId, id, input }: UpdateUserOptions) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const user = await getUserOrThrow({ organizationId, id, db: tx });
    if (user.role === "admin" && input.role && input.role !== "admin" && !user.disabledAt) await assertAdminRemains(tx, organizationId, id);
    const changes = { ...(input.role ? { role: input.role } : {}), ...(input.name !== undefined ? { name: input.name } : {}) };
    // Nothing recognized in the body: answer with the user as it is (drizzle refuses an empty SET).
    if (Object.keys(changes).length === 0) return user;
    const [row] = await tx
      .update(users)
      .set(changes)
      .where(eq(users.id, user.id))
      .returning();
    return row;
  });
}
