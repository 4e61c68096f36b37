import { rateLimited } from "./errors";

// A token bucket per API key, per process: generous for integrations (sustained RATE_LIMIT_PER_SECOND, bursts of
// 4x that), and enough to stop one runaway client from starving the others.
const RATE = Number(process.env.RATE_LIMIT_PER_SECOND ?? 100);
const BURST = RATE * 4;

type Bucket = { tokens: number; at: number };
const buckets = new Map<string, Bucket>();

export function checkRateLimit(keyId: string, now = Date.now()): void {
  if (RATE <= 0) return;
  const bucket = buckets.get(keyId) ?? { tokens: BURST, at: now };
  bucket.tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) / 1000) * RATE);
  bucket.at = now;
  if (bucket.tokens < 1) {
    buckets.set(keyId, bucket);
    // The next token is this far away; Retry-After rounds it up to whole seconds.
    throw rateLimited(`Too many requests for this API key; the limit is ${RATE} per second.`, (1 - bucket.tokens) / RATE);
  }
  bucket.tokens -= 1;
  buckets.set(keyId, bucket);
}
