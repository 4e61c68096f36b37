import { parseThrottledSignIn } from "./throttle-message";

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string[]>> }) => Promise<Response>;

/**
 * next-auth answers every refused credentials sign-in 401 `{ url: …?error=… }`. A throttled one becomes 429 with
 * `Retry-After`, like every other 429 we send; the body is kept, so next-auth's client reads the error as before.
 */
export function withSignInThrottleStatus(handler: RouteHandler): RouteHandler {
  return async (req, ctx) => {
    const res = await handler(req, ctx);
    if (res.status !== 401 || !res.headers.get("content-type")?.includes("application/json")) return res;
    const body = (await res.clone().json().catch(() => null)) as { url?: unknown } | null;
    const error = typeof body?.url === "string" ? new URL(body.url, "http://localhost").searchParams.get("error") : null;
    const seconds = parseThrottledSignIn(error);
    if (!seconds) return res;
    const headers = new Headers(res.headers);
    headers.set("Retry-After", String(seconds));
    return new Response(res.body, { status: 429, headers });
  };
}
