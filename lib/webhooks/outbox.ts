import { executeSql } from "../db/client";
import { newId } from "../ids";

// The dispatcher's SQL, raw so each step is one round trip on either engine. Every write after the claim is fenced
// by (status = 'delivering', attempt_count = n): a claimer whose lease ran out and whose row was claimed again by
// someone else cannot overwrite the newer attempt's outcome.

export type ClaimedDelivery = {
  id: string;
  organization_id: string;
  attempt_count: number;
  endpoint_id: string;
  url: string;
  /** Sealed (lib/webhooks/secret-box.ts), like `previous_secret`: opened only to sign. */
  secret: string;
  /** The secret before the last rotation, while its overlap lasts; else null. */
  previous_secret: string | null;
  event_id: string;
  type: string;
  created_at: Date | string;
  data: Record<string, unknown>;
};

/**
 * Claims up to `limit` due deliveries of enabled endpoints. SKIP LOCKED lets several dispatchers (web + worker
 * processes on PostgreSQL) share the outbox without ever claiming the same row twice. The claim moves
 * `next_attempt_at` to the end of a lease: a dispatcher that dies mid-request leaves a row that is due again then.
 */
export async function claimDueDeliveries(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
  const { rows } = await executeSql(
    `update webhook_deliveries d
        set status = 'delivering', attempt_count = d.attempt_count + 1,
            next_attempt_at = now() + make_interval(secs => $2::double precision), updated_at = now()
       from webhook_endpoints e, events ev
      where d.id in (
              select d2.id from webhook_deliveries d2
                join webhook_endpoints e2 on e2.id = d2.endpoint_id
               where d2.status in ('pending', 'delivering') and d2.next_attempt_at <= now()
                 and e2.disabled_at is null and e2.deleted_at is null
               order by d2.next_attempt_at
               limit $1::int
               for update of d2 skip locked)
        and e.id = d.endpoint_id and ev.id = d.event_id
  returning d.id, d.organization_id, d.attempt_count, e.id as endpoint_id, e.url, e.secret,
            case when e.previous_secret_expires_at > now() then e.previous_secret end as previous_secret,
            ev.id as event_id, ev.type, ev.created_at, ev.data`,
    [limit, leaseSeconds],
  );
  return rows as ClaimedDelivery[];
}

export type AttemptOutcome = { statusCode: number | null; latencyMs: number; error: string | null };

const logAttempt = `insert into webhook_attempts (id, organization_id, delivery_id, attempt, status_code, latency_ms, error)
  values ($3::text, $4::text, $1::text, $2::int, $5::int, $6::int, $7::text)`;

function attemptParams(d: ClaimedDelivery, o: AttemptOutcome) {
  return [d.id, d.attempt_count, newId("webhookAttempt"), d.organization_id, o.statusCode, o.latencyMs, o.error];
}

/** Delivered: the row is final, the attempt logged, and the endpoint's run of failures is over. */
export async function markDelivered(d: ClaimedDelivery, o: AttemptOutcome): Promise<void> {
  await markDeliveredMany([{ delivery: d, outcome: o }]);
}

/**
 * Many successes in one statement (arrays unnested). Under load the dispatcher hands over every success that
 * finished since the last write, so the database sees one round trip per batch instead of one per event.
 */
export async function markDeliveredMany(items: { delivery: ClaimedDelivery; outcome: AttemptOutcome }[]): Promise<void> {
  if (items.length === 0) return;
  const col = <T>(f: (i: (typeof items)[number]) => T) => items.map(f);
  await executeSql(
    `with i as (select * from unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[])
                  as t(delivery_id, attempt, attempt_id, organization_id, status_code, latency_ms)),
          a as (insert into webhook_attempts (id, organization_id, delivery_id, attempt, status_code, latency_ms, error)
                select attempt_id, organization_id, delivery_id, attempt, status_code, latency_ms, null from i),
          d as (update webhook_deliveries w
                   set status = 'succeeded', delivered_at = now(), next_attempt_at = null,
                       last_status_code = i.status_code, last_error = null, updated_at = now()
                  from i
                 where w.id = i.delivery_id and w.status = 'delivering' and w.attempt_count = i.attempt
             returning w.endpoint_id)
     update webhook_endpoints set consecutive_failures = 0, updated_at = now()
      where id in (select endpoint_id from d) and consecutive_failures <> 0`,
    [
      col((x) => x.delivery.id),
      col((x) => x.delivery.attempt_count),
      col(() => newId("webhookAttempt")),
      col((x) => x.delivery.organization_id),
      col((x) => x.outcome.statusCode),
      col((x) => x.outcome.latencyMs),
    ],
  );
}

/** Failed, with retries left: pending again after `delayMs`. */
export async function markRetry(d: ClaimedDelivery, o: AttemptOutcome, delayMs: number): Promise<void> {
  await executeSql(
    `with a as (${logAttempt})
     update webhook_deliveries
        set status = 'pending', next_attempt_at = now() + make_interval(secs => $8::double precision),
            last_status_code = $5::int, last_error = $7::text, updated_at = now()
      where id = $1::text and status = 'delivering' and attempt_count = $2::int`,
    [...attemptParams(d, o), delayMs / 1000],
  );
}

/**
 * Failed for good. The endpoint's count of deliveries failed in a row goes up; at `disableAfter` the endpoint is
 * disabled (its other pending deliveries pause until it is enabled again). Returns whether this disabled it.
 */
export async function markFailed(d: ClaimedDelivery, o: AttemptOutcome, disableAfter: number): Promise<boolean> {
  const { rows } = await executeSql(
    `with a as (${logAttempt}),
          d as (update webhook_deliveries
                   set status = 'failed', next_attempt_at = null,
                       last_status_code = $5::int, last_error = $7::text, updated_at = now()
                 where id = $1::text and status = 'delivering' and attempt_count = $2::int
             returning endpoint_id)
     update webhook_endpoints e
        set consecutive_failures = e.consecutive_failures + 1, updated_at = now(),
            disabled_at = case when e.consecutive_failures + 1 >= $8::int then coalesce(e.disabled_at, now()) else e.disabled_at end,
            disabled_reason = case when e.consecutive_failures + 1 >= $8::int and e.disabled_at is null
                                   then 'Disabled after ' || (e.consecutive_failures + 1) || ' deliveries in a row failed every retry.'
                                   else e.disabled_reason end
      where e.id in (select endpoint_id from d)
  returning e.id, (e.disabled_at is not null and e.consecutive_failures = $8::int) as just_disabled`,
    [...attemptParams(d, o), disableAfter],
  );
  return Boolean((rows[0] as { just_disabled?: boolean } | undefined)?.just_disabled);
}
