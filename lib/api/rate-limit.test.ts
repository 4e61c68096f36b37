import { describe, expect, it } from "vitest";
import { ApiError, errorResponse } from "./errors";
import { checkRateLimit } from "./rate-limit";

describe("checkRateLimit", () => {
  it("allows a burst of 4x the rate, then answers 429 rate_limited until tokens refill", () => {
    const key = `key_${Math.random()}`;
    const t = 1_000_000;
    for (let i = 0; i < 400; i++) checkRateLimit(key, t); // default 100/s, burst 400
    let caught: unknown;
    try {
      checkRateLimit(key, t);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).status).toBe(429);
    expect((caught as ApiError).code).toBe("rate_limited");
    // 50 ms later five tokens are back
    for (let i = 0; i < 5; i++) checkRateLimit(key, t + 50);
    expect(() => checkRateLimit(key, t + 50)).toThrow(ApiError);
  });

  it("keeps keys apart", () => {
    const t = 2_000_000;
    for (let i = 0; i < 400; i++) checkRateLimit("key_a", t);
    expect(() => checkRateLimit("key_a", t)).toThrow();
    expect(() => checkRateLimit("key_b", t)).not.toThrow();
  });

  it("says in Retry-After when the next token is back", () => {
    const key = `key_${Math.random()}`;
    const t = 3_000_000;
    for (let i = 0; i < 400; i++) checkRateLimit(key, t);
    let caught: unknown;
    try {
      checkRateLimit(key, t);
    } catch (err) {
      caught = err;
    }
    const res = errorResponse(caught);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
  });
});
