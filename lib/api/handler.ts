import { authenticateApiKey, keyFromAuthorization, type ApiCaller } from "../auth/api-keys";
import { ApiError, errorResponse } from "./errors";
import { checkRateLimit } from "./rate-limit";

export type RouteContext<P extends Record<string, string> = Record<string, string>> = { params: Promise<P> };

export type ApiHandler<P extends Record<string, string>> = (
  req: Request,
  ctx: { caller: ApiCaller; params: P },
) => Promise<Response>;

/** The one auth wrapper for every `/api/v1` route: resolves the key's organization, maps errors to the API body. */
export function withApiKey<P extends Record<string, string> = Record<string, string>>(handler: ApiHandler<P>) {
  return async (req: Request, ctx: RouteContext<P>): Promise<Response> => {
    try {
      const secret = keyFromAuthorization(req.headers.get("authorization"));
      const caller = secret ? await authenticateApiKey(secret) : null;
      if (!caller) {
        throw new ApiError(
          401,
          "invalid_api_key",
          secret ? "Invalid API key provided." : "No API key provided. Use HTTP Basic auth with your key as the user name, or a Bearer token.",
        );
      }
      checkRateLimit(caller.apiKeyId);
      const params = ((await ctx?.params) ?? {}) as P;
      return await handler(req, { caller, params });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
