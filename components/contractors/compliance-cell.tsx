import { StatusBadge } from "@/components/ui/status-badge";
import { daysUntil } from "@/lib/format";
import type { Contractor } from "@/lib/schemas/contractor";

export function LatestStatus({ compliance }: { compliance: Contractor["compliance"] }) {
  if (!compliance?.status) return <span className="text-slate-700">No certificate</span>;
  return <StatusBadge status={compliance.status} />;
}

export function NearestExpiration({ compliance }: { compliance: Contractor["compliance"] }) {
  const date = compliance?.nearest_expiration;
  if (!date) return <span className="text-slate-700">—</span>;
  const days = daysUntil(date);
  const note = days === null ? "" : days < 0 ? `expired ${-days} d ago` : days === 0 ? "today" : `in ${days} d`;
  const urgent = days !== null && days <= 30;
  return (
    <span className={urgent ? "font-semibold text-red-800" : "text-slate-800"}>
      {date} <span className="text-xs">({note})</span>
    </span>
  );
}
