import { and, eq } from "drizzle-orm";
import type { ApiCaller } from "../api/caller";
import { getDb } from "../db/client";
import { users } from "../db/schema";
import { verifySessionToken } from "./session-token";

/**
 * A dashboard user's token. The signature proves who minted it; the user row is read anyway so that disabling a
 * user or changing their role takes effect within the request, not when their dashboard session ends.
 */
export async function authenticateSessionToken(token: string): Promise<ApiCaller | null> {
  const claims = verifySessionToken(token);
  if (!claims) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.id, claims.uid), eq(users.organizationId, claims.org)))
    .limit(1);
  if (!user || user.disabledAt) return null;
  return { organizationId: claims.org, userId: user.id, role: user.role, actor: `user:${user.email}` };
}
