import { createHmac, timingSafeEqual } from "node:crypto";

// The dashboard acts on the API as the signed-in person, not with the organization's key: its server mints a
// short-lived token signed with NEXTAUTH_SECRET, so every host that shares that secret can verify it offline.

export const SESSION_TOKEN_PREFIX = "cdst_";
export const SESSION_TOKEN_TTL_SECONDS = 5 * 60;

export type Role = "admin" | "reviewer" | "viewer";

export type SessionTokenClaims = { org: string; uid: string; email: string; role: Role; exp: number };

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload, "utf8").digest("base64url");

function secretOrThrow(secret: string | undefined): string {
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set; session tokens cannot be signed or verified.");
  return secret;
}

export type MintSessionTokenOptions = Omit<SessionTokenClaims, "exp"> & { secret?: string; now?: number; ttlSeconds?: number };

export function mintSessionToken({ secret, now = Date.now(), ttlSeconds = SESSION_TOKEN_TTL_SECONDS, ...claims }: MintSessionTokenOptions): string {
  const key = secretOrThrow(secret ?? process.env.NEXTAUTH_SECRET);
  const body: SessionTokenClaims = { ...claims, exp: Math.floor(now / 1000) + ttlSeconds };
  const payload = Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
  return `${SESSION_TOKEN_PREFIX}${payload}.${sign(payload, key)}`;
}

const ROLES: readonly string[] = ["admin", "reviewer", "viewer"];

/** The claims of a valid, unexpired token; null for anything else (the caller answers 401 either way). */
export function verifySessionToken(token: string, options: { secret?: string; now?: number } = {}): SessionTokenClaims | null {
  const secret = options.secret ?? process.env.NEXTAUTH_SECRET;
  if (!secret || !token.startsWith(SESSION_TOKEN_PREFIX) || token.length > 2000) return null;
  const [payload, signature, extra] = token.slice(SESSION_TOKEN_PREFIX.length).split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret), "utf8");
  const given = Buffer.from(signature, "utf8");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: SessionTokenClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (typeof claims.exp !== "number" || claims.exp <= now) return null;
  if (typeof claims.org !== "string" || typeof claims.uid !== "string" || !ROLES.includes(claims.role)) return null;
  return claims;
}
