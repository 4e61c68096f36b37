import { authenticateApiKey, keyFromAuthorization } from "../auth/api-keys";
import { authenticateSessionToken } from "../auth/authenticate-session-token";
import { SESSION_TOKEN_PREFIX } from "../auth/session-token";
import { throttleBadApiKey } from "../security/api-key-throttle";
import type { ApiCaller } from "./caller";
import { ApiError, errorResponse } from "./errors";
import { refuseNulInRequest } from "./nul-guard";
import { checkRateLimit } from "./rate-limit";
import { authorize } from "./roles";

export type { ApiCaller };

export type RouteContext<P extends Record<string, string> = Record<string, string>> = { params: Promise<P> };

export type ApiHandler<P extends Record<string, string>> = (
  req: Request,
  ctx: { caller: ApiCaller; params: P },
) => Promise<Response>;

/**
 * An organization's API key acts as an admin; a `cdst_` token acts as the dashboard user who holds it. A key that
 * matches nothing is counted by the bad-key throttle (429 once it must wait); a failed `cdst_` token is not: it is
 * signed, short-lived and comes from our own dashboard, so its failures are expiries, not guesses.
 */
async function authenticate(req: Request, secret: string): Promise<ApiCaller | null> {
  if (secret.startsWith(SESSION_TOKEN_PREFIX)) return authenticateSessionToken(secret);
  const owner = await authenticateApiKey(secret);
  if (!owner) await throttleBadApiKey(req, secret);
  return owner ? { ...owner, role: "admin", actor: `api_key:${owner.apiKeyId}` } : null;
}

// What an authenticated call answers is that caller's own data: no shared cache or browser cache may keep it.
function noStore(res: Response): Response {
  if (!res.headers.has("cache-control")) res.headers.set("Cache-Control", "no-store");
  return res;
}

/**
 * The one auth wrapper for every `/api/v1` route: resolves the caller's organization and role, refuses writes the
 * role does not allow, and maps errors to the API body.
 */
export function withApiKey<P extends Record<string, string> = Record<string, string>>(handler: ApiHandler<P>) {
  return async (req: Request, ctx: RouteContext<P>): Promise<Response> => {
    try {
      const secret = keyFromAuthorization(req.headers.get("authorization"));
      const caller = secret ? await authenticate(req, secret) : null;
      if (!caller) {
        throw new ApiError(
          401,
          "invalid_api_key",
          secret ? "Invalid API key provided." : "No API key provided. Use HTTP Basic auth with your key as the user name, or a Bearer token.",
        );
      }
      checkRateLimit(caller.apiKeyId ?? `user:${caller.userId}`);
      authorize(caller, req.method, new URL(req.url).pathname);
      const params = ((await ctx?.params) ?? {}) as P;
      refuseNulInRequest(new URL(req.url), params);
      return noStore(await handler(req, { caller, params }));
    } catch (err) {
      return noStore(errorResponse(err));
    }
  };
}
