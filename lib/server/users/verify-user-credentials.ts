import { and, isNull, sql } from "drizzle-orm";
import { verifyPassword } from "../../auth/password";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";

// Compared against when the email is unknown, so a miss costs the same time as a wrong password.
const DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export type VerifyUserCredentialsOptions = { email: string; password: string };

export async function verifyUserCredentials({ email, password }: VerifyUserCredentialsOptions) {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`, isNull(users.disabledAt)))
    .limit(1);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId };
}
