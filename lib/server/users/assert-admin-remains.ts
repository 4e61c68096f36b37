import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { ApiError } from "../../api/errors";
import type { Tx } from "../../db/client";
import { users } from "../../db/schema";

/** An organization without an active admin could never manage its keys or users again, so that change is refused. */
export async function assertAdminRemains(tx: Tx, organizationId: string, leavingUserId: string) {
  const [{ count }] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, leavingUserId)));
  if (Number(count) === 0) throw new ApiError(409, "conflict", "This is the organization's last active admin; make another user an admin first.");
}
