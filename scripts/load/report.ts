import { fmt, pct } from "../bench/stats";
import type { DriveResult } from "./drive";

const line = (label: string, xs: number[]) =>
  xs.length ? `  ${label.padEnd(22)} p50 ${fmt(pct(xs, 50)).padStart(10)}  p95 ${fmt(pct(xs, 95)).padStart(10)}  p99 ${fmt(pct(xs, 99)).padStart(10)}  (n=${xs.length})` : `  ${label.padEnd(22)} (none)`;

/** The figures of one drive, as `npm run bench:load` prints them and the README quotes them. */
export function formatDrive(title: string, r: DriveResult): string {
  const retried = r.attempts.filter((a) => a.outcome !== "201");
  const byOutcome = retried.reduce<Record<string, number>>((m, a) => ((m[a.outcome] = (m[a.outcome] ?? 0) + 1), m), {});
  return [
    title,
    line("upload (201)", r.uploadMs),
    line("upload → final event", r.finalMs),
    line("background GET", r.readMs),
    `  throughput             ${(r.acknowledged.size / r.seconds).toFixed(1)} certificates/s (${r.seconds.toFixed(1)} s from first upload to last final event)`,
    `  final statuses         ${JSON.stringify(r.statuses)}`,
    `  uploads                ${r.acknowledged.size} acknowledged; ${retried.length} attempt(s) retried ${JSON.stringify(byOutcome)}; ${r.unacknowledged.length} certificate(s) from unanswered attempts`,
    `  background GET errors  ${r.readErrors}`,
    `  events                 ${r.events.delivered}/${r.events.recorded} delivered, ${r.events.duplicateDeliveries} duplicate deliveries, ${r.events.badSignatures} bad signatures`,
    r.problems.length ? `  PROBLEMS (${r.problems.length}):\n${r.problems.slice(0, 20).map((p) => `    - ${p}`).join("\n")}` : "  every acknowledged upload is stored, final, listed once, with the status its file deserves",
  ].join("\n");
}
