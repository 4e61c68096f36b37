import type { Role } from "../auth/session-token";

export type { Role };

/**
 * Who is calling the API: an organization's key (which acts as an admin) or a dashboard user through a session
 * token. `actor` is what review actions record (`api_key:key_…` or `user:jane@example.com`).
 */
export type ApiCaller = {
  organizationId: string;
  apiKeyId?: string;
  userId?: string;
  role: Role;
  actor: string;
};
