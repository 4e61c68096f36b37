import { describe, expect, it } from "vitest";
import { mintSessionToken, verifySessionToken } from "./session-token";

const secret = "test-secret-0123456789";
const claims = { org: "org_abc123", uid: "usr_abc123", email: "a@example.com", role: "reviewer" as const };

describe("session tokens", () => {
  it("round-trips the claims and expires after five minutes", () => {
    const now = Date.UTC(2026, 0, 1);
    const token = mintSessionToken({ ...claims, secret, now });
    expect(token.startsWith("cdst_")).toBe(true);
    expect(verifySessionToken(token, { secret, now })).toMatchObject(claims);
    expect(verifySessionToken(token, { secret, now: now + 299_000 })).not.toBeNull();
    expect(verifySessionToken(token, { secret, now: now + 300_000 })).toBeNull();
  });

  it("refuses another secret, a tampered payload and garbage", () => {
    const token = mintSessionToken({ ...claims, secret });
    expect(verifySessionToken(token, { secret: "another-secret" })).toBeNull();
    const [payload, sig] = token.slice(5).split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, role: "admin", exp: 9e9 })).toString("base64url");
    expect(verifySessionToken(`cdst_${forged}.${sig}`, { secret })).toBeNull();
    expect(verifySessionToken(`cdst_${payload}`, { secret })).toBeNull();
    expect(verifySessionToken("cdst_", { secret })).toBeNull();
    expect(verifySessionToken("cd_live_x", { secret })).toBeNull();
  });
});
