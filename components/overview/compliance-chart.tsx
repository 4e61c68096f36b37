import { SELECTORS } from "@/lib/constants/selectors";
import { formatDay } from "@/lib/format";
import type { CertificateStats } from "@/lib/schemas/certificate-stats";

const SERIES = [
  { key: "approved", label: "Approved", color: "#15803d" },
  { key: "flagged", label: "Flagged", color: "#b45309" },
  { key: "denied", label: "Denied", color: "#b91c1c" },
  { key: "error", label: "Error", color: "#7e22ce" },
] as const;

/** Weekly uploads stacked by outcome; the table beneath carries the same figures for screen readers. */
export function ComplianceChart({ weekly }: { weekly: CertificateStats["weekly"] }) {
  const height = 140;
  const barWidth = 28;
  const gap = 12;
  const max = Math.max(1, ...weekly.map((w) => SERIES.reduce((sum, s) => sum + w[s.key], 0)));
  const share = (w: CertificateStats["weekly"][number]) => {
    const decided = SERIES.reduce((sum, s) => sum + w[s.key], 0);
    return decided ? Math.round((w.approved / decided) * 100) : null;
  };
  const latest = weekly.at(-1);
  return (
    <figure data-testid={SELECTORS.complianceChart} className="space-y-2">
      <svg role="img" aria-label={`Certificates per week by outcome, last ${weekly.length} weeks`} viewBox={`0 0 ${weekly.length * (barWidth + gap)} ${height + 20}`} className="h-48 w-full">
        {weekly.map((w, i) => {
          let y = height;
          return (
            <g key={w.week_start} transform={`translate(${i * (barWidth + gap)},0)`}>
              {SERIES.map((s) => {
                const h = (w[s.key] / max) * height;
                y -= h;
                return h > 0 ? <rect key={s.key} x={0} y={y} width={barWidth} height={h} fill={s.color} /> : null;
              })}
              <text x={barWidth / 2} y={height + 14} textAnchor="middle" fontSize="9" fill="#334155">
                {formatDay(w.week_start).replace(/, \d{4}$/, "")}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm text-slate-800">
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
        {latest && share(latest) !== null && <span>This week: {share(latest)}% approved</span>}
      </figcaption>
      <table className="sr-only">
        <caption>Certificates per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {SERIES.map((s) => <th key={s.key} scope="col">{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {weekly.map((w) => (
            <tr key={w.week_start}>
              <th scope="row">{formatDay(w.week_start)}</th>
              {SERIES.map((s) => <td key={s.key}>{w[s.key]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
