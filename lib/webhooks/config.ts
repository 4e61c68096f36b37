import { z } from "zod";

// Delivery settings, read and validated once. They live here rather than in lib/env.ts because only the dispatcher
// reads them; a bad value still fails loudly the first time the dispatcher starts.

/**
 * Seconds to wait before each retry, after the first attempt (which is immediate): 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h ≈ 27.6 h in all, so a receiver that is down for a day still gets every event. Eight attempts.
 */
export const DEFAULT_RETRY_SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 36000];

const schedule = z
  .string()
  .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/, "a comma-separated list of seconds, e.g. 5,300,1800")
  .transform((s) => s.split(",").map((v) => Number(v.trim())));

const configSchema = z.object({
  WEBHOOK_RETRY_SCHEDULE_SECONDS: schedule.optional(),
  // Deliveries that must exhaust every retry in a row (no success in between) before the endpoint is disabled.
  // 5 × a day of retries is several days of silence: a receiver down over a weekend is not cut off.
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  // Idle polling of the outbox; while there is work the dispatcher claims the next batch at once.
  WEBHOOK_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(250),
  // Requests in flight per process. A dead receiver holds a slot for the timeout, so keep this well above 1.
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(32),
  // How long past the request timeout a claimed delivery stays claimed. A claimer that died (or lost the database
  // between sending and recording) has its deliveries sent again once this runs out.
  WEBHOOK_LEASE_MARGIN_SECONDS: z.coerce.number().min(1).max(3600).default(60),
});

export type WebhookConfig = {
  retrySchedule: number[];
  disableAfterFailures: number;
  timeoutMs: number;
  pollMs: number;
  concurrency: number;
  /** Seconds a claim lasts: the request timeout plus WEBHOOK_LEASE_MARGIN_SECONDS. */
  leaseSeconds: number;
};

let cached: WebhookConfig | undefined;

export function webhookConfig(): WebhookConfig {
  if (cached) return cached;
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid webhook configuration: ${issues}`);
  }
  const e = parsed.data;
  cached = {
    retrySchedule: e.WEBHOOK_RETRY_SCHEDULE_SECONDS ?? DEFAULT_RETRY_SCHEDULE_SECONDS,
    disableAfterFailures: e.WEBHOOK_DISABLE_AFTER_FAILURES,
    timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    pollMs: e.WEBHOOK_POLL_MS,
    concurrency: e.WEBHOOK_CONCURRENCY,
    leaseSeconds: e.WEBHOOK_TIMEOUT_MS / 1000 + e.WEBHOOK_LEASE_MARGIN_SECONDS,
  };
  return cached;
}

/**
 * Delay before the retry that follows attempt number `attempt` (1-based), or null when the schedule is spent.
 * ±20 % jitter spreads the retries of a burst of events that failed together, so a recovering receiver is not
 * hit by all of them in the same second.
 */
export function retryDelayMs(attempt: number, schedule: number[], random = Math.random): number | null {
  const base = schedule[attempt - 1];
  if (base === undefined) return null;
  return Math.round(base * 1000 * (0.8 + 0.4 * random()));
}
