import { sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { certificateStatuses, type CertificateStatus } from "../../db/schema";
import type { CertificateStats } from "../../schemas/certificate-stats";

export type GetCertificateStatsOptions = { organizationId: string; weeks?: number };

const zeroes = () => Object.fromEntries(certificateStatuses.map((s) => [s, 0])) as Record<CertificateStatus, number>;
type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? result : ((result as { rows?: Row[] }).rows ?? []));

/** The overview's figures, each one aggregate query (no rows travel to the dashboard). */
export async function getCertificateStats({ organizationId, weeks = 12 }: GetCertificateStatsOptions): Promise<CertificateStats> {
  const db = await getDb();
  const byStatus = zeroes();
  const counts = await db.execute(sql`
    select status, count(*)::int as n from certificates
    where organization_id = ${organizationId} and deleted_at is null group by status`);
  for (const r of rowsOf(counts)) byStatus[r.status as CertificateStatus] = Number(r.n);

  // Policy dates live in parsed_certificate_json as MM/DD/YYYY; the regex keeps to_date from failing on odd values.
  // Each contractor's current certificate is one probe of certificates_contractor_idx, not a sort of them all.
  const expiring = await db.execute(sql`
    with latest as (
      select c.id, c.status from contractors k
      cross join lateral (
        select id, status from certificates
        where organization_id = ${organizationId} and contractor_id = k.id and deleted_at is null
          and status in ('approved', 'flagged', 'denied')
        order by created_at desc, id desc limit 1
      ) c
      where k.organization_id = ${organizationId}
    ), nearest as (
      select l.id, min(to_date(cov.value->>'policy_expiration_date', 'MM/DD/YYYY')) as d
      from latest l join review_results r on r.certificate_id = l.id
      cross join lateral jsonb_each(coalesce(r.parsed_certificate_json->'coverages', '{}'::jsonb)) cov
      where l.status in ('approved', 'flagged') and jsonb_typeof(cov.value) = 'object'
        and cov.value->>'policy_expiration_date' ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'
      group by l.id
    )
    select
      count(*) filter (where d >= current_date and d <= current_date + 30)::int as d30,
      count(*) filter (where d >= current_date and d <= current_date + 60)::int as d60,
      count(*) filter (where d >= current_date and d <= current_date + 90)::int as d90
    from nearest`);
  const e = rowsOf(expiring)[0] ?? {};

  const weekly = await db.execute(sql`
    select extract(epoch from date_trunc('week', created_at at time zone 'UTC'))::bigint as week, status, count(*)::int as n
    from certificates
    where organization_id = ${organizationId} and deleted_at is null
      and created_at >= date_trunc('week', now()) - make_interval(weeks => ${weeks - 1})
    group by 1, 2`);
  const byWeek = new Map<number, Record<CertificateStatus, number>>();
  const thisWeek = Math.floor(Date.now() / 1000);
  for (let i = weeks - 1; i >= 0; i--) byWeek.set(mondayOf(thisWeek - i * 7 * 86400), zeroes());
  for (const r of rowsOf(weekly)) {
    const bucket = byWeek.get(Number(r.week));
    if (bucket) bucket[r.status as CertificateStatus] = Number(r.n);
  }
  return {
    by_status: byStatus,
    expiring: { within_30_days: Number(e.d30 ?? 0), within_60_days: Number(e.d60 ?? 0), within_90_days: Number(e.d90 ?? 0) },
    weekly: [...byWeek].map(([week_start, c]) => ({ week_start, ...c })),
  };
}

/** Monday 00:00 UTC of the week holding `seconds`, as date_trunc('week', … at time zone 'UTC') computes it. */
function mondayOf(seconds: number): number {
  const day = Math.floor(seconds / 86400);
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday = 0
  return (day - weekday) * 86400;
}
