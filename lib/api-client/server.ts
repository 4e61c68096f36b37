import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions, type SessionUser } from "../auth/next-auth-options";
import { mintSessionToken } from "../auth/session-token";
import { env } from "../env";
import { createApiClient, type ApiClient } from "./index";

/** The session user, or null (route handlers answer 401 rather than redirecting). */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = (session as unknown as { user?: SessionUser } | null)?.user;
  return user?.organizationId ? user : null;
}

/**
 * The API as the signed-in person: a fresh 5-minute token per request, so nothing long-lived sits in the browser
 * and the API applies that person's role.
 */
export function apiClientFor(user: SessionUser): ApiClient {
  const token = mintSessionToken({ org: user.organizationId, uid: user.id, email: user.email, role: user.role });
  return createApiClient({ baseUrl: env().apiBaseUrl, authorization: `Bearer ${token}` });
}

/** For server components and actions: the client, or a trip to /login when the session is gone. */
export async function requireApiClient(): Promise<{ user: SessionUser; api: ApiClient }> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return { user, api: apiClientFor(user) };
}
