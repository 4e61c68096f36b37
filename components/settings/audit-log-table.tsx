import Link from "next/link";
import { formatTime } from "@/lib/format";
import type { AuditLogEntryObject } from "@/lib/schemas/audit-log";
import { buttonClass, inputClass, labelClass } from "../ui/button";
import { EmptyState } from "../ui/states";

type Filters = { actor?: string; target?: string };

const query = (params: Record<string, string | undefined>) =>
  `?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;

const detailsText = (details: AuditLogEntryObject["details"]) =>
  details ? Object.entries(details).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(" · ") : "";

export function AuditLogTable({ entries, hasMore, filters }: { entries: AuditLogEntryObject[]; hasMore: boolean; filters: Filters }) {
  const last = entries.at(-1);
  return (
    <section className="space-y-4">
      <p className="text-sm text-slate-800">Every change made by a person or an API key, newest first. Entries cannot be edited or removed.</p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="min-w-[16rem] flex-1">
          <label htmlFor="audit-actor" className={labelClass}>Actor</label>
          <input id="audit-actor" name="actor" defaultValue={filters.actor} placeholder="user:jane@example.com or api_key:key_…" className={inputClass} />
        </div>
        <div className="min-w-[12rem] flex-1">
          <label htmlFor="audit-target" className={labelClass}>Object ID</label>
          <input id="audit-target" name="target" defaultValue={filters.target} placeholder="ci_… or cn_…" className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("primary")}>Filter</button>
        {(filters.actor || filters.target) && <Link href="/settings/audit-log" className="text-sm underline">Clear</Link>}
      </form>
      {entries.length === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit log</caption>
            <thead className="border-b border-slate-200 text-slate-800">
              <tr>
                <th scope="col" className="p-3 font-medium">When</th>
                <th scope="col" className="p-3 font-medium">Who</th>
                <th scope="col" className="p-3 font-medium">Action</th>
                <th scope="col" className="p-3 font-medium">Object</th>
                <th scope="col" className="p-3 font-medium">Details</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((e) => (
                <tr key={e.id} data-testid="audit-log-row" data-action={e.action}>
                  <td className="whitespace-nowrap p-3">{formatTime(e.created)}</td>
                  <td className="p-3">{e.actor}{e.ip && <span className="block text-xs text-slate-700">{e.ip}</span>}</td>
                  <td className="p-3"><code>{e.action}</code></td>
                  <td className="p-3"><code>{e.target}</code></td>
                  <td className="p-3 text-slate-800">{detailsText(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasMore && last && (
        <Link href={`/settings/audit-log${query({ ...filters, starting_after: last.id })}`} className="inline-block text-sm underline">
          Older entries
        </Link>
      )}
    </section>
  );
}
