import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";

// A fresh CSP nonce for every page. Next reads the policy from the request headers and puts the nonce on its own
// inline and chunk scripts; the browser gets the same policy on the response.
export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API (JSON, no scripts), Next's static files, or the dashboard's two route handlers (the
  // stored PDF the viewer fetches, and the upload stream: a proxy clones request bodies only up to 10 MB and would
  // cut a 15 MB upload short).
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|certificates/upload|certificates/[^/]+/pdf).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
