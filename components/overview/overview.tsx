"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { getStatsAction } from "@/lib/actions/certificates";
import { unwrap } from "@/lib/actions/unwrap";
import { SELECTORS } from "@/lib/constants/selectors";
import { certificateStatuses } from "@/lib/schemas/enums";
import type { CertificateStats } from "@/lib/schemas/certificate-stats";
import { ErrorState } from "../ui/states";
import { StatusBadge } from "../ui/status-badge";
import { ComplianceChart } from "./compliance-chart";

export function Overview({ initial }: { initial: CertificateStats }) {
  const query = useQuery({ queryKey: ["stats"], queryFn: () => unwrap(getStatsAction()), initialData: initial, refetchInterval: 10_000 });
  const stats = query.data;
  const total = certificateStatuses.reduce((sum, s) => sum + stats.by_status[s], 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Overview</h1>
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      <section aria-labelledby="by-status" className="space-y-2">
        <h2 id="by-status" className="text-lg font-semibold">Certificates by status <span className="text-sm font-normal text-slate-700">({total} in all)</span></h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {certificateStatuses.map((status) => (
            <li key={status} data-testid={SELECTORS.overviewCount} data-status={status} className="rounded-lg border border-slate-200 bg-white p-3">
              <StatusBadge status={status} testId={`${SELECTORS.statusBadge}-${status}`} />
              <p className="mt-2 text-2xl font-semibold tabular-nums">{stats.by_status[status]}</p>
            </li>
          ))}
        </ul>
        {stats.by_status.flagged + stats.by_status.error > 0 && (
          <Link href="/review" className="inline-block text-sm text-brand underline">
            Review {stats.by_status.flagged + stats.by_status.error} flagged or unreadable certificates →
          </Link>
        )}
      </section>
      <section aria-labelledby="expiring" className="space-y-2">
        <h2 id="expiring" className="text-lg font-semibold">Coverage expiring</h2>
        <p className="text-sm text-slate-800">Contractors whose current certificate has a policy ending within…</p>
        <ul className="grid grid-cols-3 gap-3 sm:max-w-xl">
          {([30, 60, 90] as const).map((days) => (
            <li key={days} data-testid={SELECTORS.expiringCount} data-days={days} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="text-sm text-slate-800">{days} days</p>
              <p className="text-2xl font-semibold tabular-nums">{stats.expiring[`within_${days}_days`]}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="over-time" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="over-time" className="text-lg font-semibold">Compliance over time</h2>
        {total === 0 ? <p className="text-sm text-slate-800">No certificates yet: the chart fills in as they arrive.</p> : <ComplianceChart weekly={stats.weekly} />}
      </section>
    </div>
  );
}
