import { withApiKey } from "@/lib/api/handler";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeAuditLogEntry } from "@/lib/api/serializers/audit-log";
import { auditLogQuerySchema } from "@/lib/schemas/audit-log";
import { listAuditLog } from "@/lib/server/audit-log/list-audit-log";

// GET /api/v1/audit_log – every reviewer and admin action, newest first (`?actor=user:…`, `?target=ci_…`); admins only
export const GET = withApiKey(async (req, { caller }) => {
  const url = new URL(req.url);
  const query = auditLogQuerySchema.parse({ actor: url.searchParams.get("actor") ?? undefined, target: url.searchParams.get("target") ?? undefined });
  const page = await listAuditLog({ organizationId: caller.organizationId, params: parseListParams(url), ...query });
  return listResponse({ data: page.data.map(serializeAuditLogEntry), has_more: page.has_more });
});
