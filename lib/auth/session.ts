import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions, type SessionUser } from "./next-auth-options";

/** The signed-in dashboard user, or a redirect to /login. */
export async function requireUser(): Promise<SessionUser> {
  const session = await getServerSession(authOptions);
  const user = (session as unknown as { user?: SessionUser } | null)?.user;
  if (!user?.organizationId) redirect("/login");
  return user;
}
