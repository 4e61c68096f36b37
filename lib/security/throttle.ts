import { createHash } from "node:crypto";
import { executeSql } from "../db/client";
import { env } from "../env";

/**
 * Failure counters that slow guessing down instead of locking anyone out: a subject's first `free` failures cost
 * nothing, then each one makes it wait AUTH_THROTTLE_BASE_MS, doubling per failure up to AUTH_THROTTLE_MAX_MS.
 * Counts live in the database (auth_throttles) and every decision is one statement on it, so several web
 * processes share them, and times are the database's `now()` so their clocks need not agree.
 */
export type ThrottleRule = { scope: string; free: number };

// An account is the tight limit; an address is shared by everyone behind one NAT or proxy, so it is looser.
export const THROTTLE_RULES = {
  signInAccount: { scope: "signin_account", free: 5 },
  signInIp: { scope: "signin_ip", free: 50 },
  apiKeyIp: { scope: "api_key_ip", free: 50 },
  apiKeyPrefix: { scope: "api_key_prefix", free: 5 },
} satisfies Record<string, ThrottleRule>;

export type ThrottleSubject = { rule: ThrottleRule; value: string };

/** A refusal: how long until the subject may try again. */
export type Throttled = { waitMs: number };

// The scope and a hash of the subject: no email or address is stored, and a 10 kB "email" makes a 40-byte key.
const keyOf = ({ rule, value }: ThrottleSubject) => `${rule.scope}:${createHash("sha256").update(value, "utf8").digest("hex").slice(0, 32)}`;

// A counter forgets after this long without a failure; longer than the longest wait, so waiting out the cap never
// earns a fresh set of free attempts.
const resetAfterMs = () => Math.max(60 * 60_000, 2 * env().AUTH_THROTTLE_MAX_MS);

const COUNT = `case when t.last_failure_at < now() - $5::float8 * interval '1 millisecond' then 1 else t.failures + 1 end`;
const blockAfter = (n: string) =>
  `case when ${n} >= $2::int then now() + least($4::float8, $3::float8 * power(2::float8, least(${n} - $2::int, 40))) * interval '1 millisecond' end`;

// Counts a failure unless the subject is waiting already; no row back means it was (the row lock orders racing
// attempts, so parallel guesses cannot all slip in before the first of them sets the wait).
const COUNT_SQL = `
  insert into auth_throttles as t (key, failures, last_failure_at, blocked_until)
  values ($1, 1, now(), ${blockAfter("1")})
  on conflict (key) do update set failures = ${COUNT}, last_failure_at = now(), blocked_until = ${blockAfter(COUNT)}
  where t.blocked_until is null or t.blocked_until <= now()
  returning failures`;

/** Counts one failure (or an attempt about to be checked) against the subject, or says it must wait. */
export async function countFailure(subject: ThrottleSubject): Promise<Throttled | null> {
  const { AUTH_THROTTLE_BASE_MS, AUTH_THROTTLE_MAX_MS } = env();
  const { rows } = await executeSql(COUNT_SQL, [keyOf(subject), subject.rule.free, AUTH_THROTTLE_BASE_MS, AUTH_THROTTLE_MAX_MS, resetAfterMs()]);
  return rows.length ? null : ((await throttled([subject])) ?? { waitMs: 1 });
}

/** Whether any of the subjects must wait, and the longest of their waits. Counts nothing. */
export async function throttled(subjects: ThrottleSubject[]): Promise<Throttled | null> {
  if (subjects.length === 0) return null;
  const { rows } = await executeSql(
    `select ceil(extract(epoch from max(blocked_until) - now()) * 1000)::float8 as wait_ms
       from auth_throttles where key = any($1::text[]) and blocked_until > now()`,
    [subjects.map(keyOf)],
  );
  const waitMs = Number((rows[0] as { wait_ms: number | null } | undefined)?.wait_ms ?? 0);
  return waitMs > 0 ? { waitMs } : null;
}

/** Forgets the subject's failures (an account's, after it signs in). */
export async function clearThrottle(subject: ThrottleSubject): Promise<void> {
  await executeSql(`delete from auth_throttles where key = $1`, [keyOf(subject)]);
}

/** Drops counters nobody has failed on for a while; the workers' hourly sweep calls it. */
export async function pruneThrottles(): Promise<number> {
  const { rows } = await executeSql(
    `delete from auth_throttles where last_failure_at < now() - $1::float8 * interval '1 millisecond'
       and (blocked_until is null or blocked_until < now()) returning key`,
    [resetAfterMs()],
  );
  return rows.length;
}

/** Seconds for `Retry-After`: whole, and at least 1 (0 would invite an immediate retry that is refused again). */
export const retryAfterSeconds = ({ waitMs }: Throttled) => Math.max(1, Math.ceil(waitMs / 1000));
