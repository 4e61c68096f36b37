import { AuditLogTable } from "@/components/settings/audit-log-table";
import { requireApiClient } from "@/lib/api-client/server";
import { canAdminister } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

type Search = { actor?: string; target?: string; starting_after?: string };

// Settings → Audit log: a server-rendered page; filters are a plain GET form and pages are cursor links.
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { api, user } = await requireApiClient();
  if (!canAdminister(user.role)) return <p className="text-sm text-slate-800">Only admins can see the audit log.</p>;
  const search = await searchParams;
  const filters = { actor: search.actor?.trim() || undefined, target: search.target?.trim() || undefined };
  const page = await api.auditLog.list({ limit: 50, ...filters, starting_after: search.starting_after || undefined });
  return <AuditLogTable entries={page.data} hasMore={page.has_more} filters={filters} />;
}
