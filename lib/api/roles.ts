import type { ApiCaller } from "./caller";
import { ApiError } from "./errors";

// Roles are enforced by the API itself, so the dashboard hiding a button is a courtesy, not the protection.
// Reads are open to every role but the audit log (who did what is for admins); writes need reviewer, and managing
// keys, users and webhooks needs admin. Resending an event is webhook management too: it makes the server send
// signed requests to a URL, which is an admin's decision.
const ADMIN_ONLY = /^\/api\/v1\/(api_keys|users|webhook_endpoints|events)(\/|$)/;
const ADMIN_ONLY_READ = /^\/api\/v1\/audit_log(\/|$)/;
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function authorize(caller: Pick<ApiCaller, "role">, method: string, pathname: string): void {
  if (ADMIN_ONLY_READ.test(pathname) && caller.role !== "admin") throw forbidden("Only an admin can see the audit log.");
  if (READ_METHODS.has(method.toUpperCase())) return;
  switch (caller.role) {
    case "admin":
      return;
    case "reviewer":
      if (ADMIN_ONLY.test(pathname)) throw forbidden("Only an admin can manage API keys, users and webhook endpoints, or resend events.");
      return;
    case "viewer":
      throw forbidden("Viewers can look but not change anything; ask an admin for the reviewer role.");
    default: {
      const never: never = caller.role;
      throw forbidden(`Unknown role '${String(never)}'.`);
    }
  }
}

const forbidden = (message: string) => new ApiError(403, "forbidden", message);
