import { and, eq } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { auditLog } from "../../db/schema";
import { paginate } from "../paginate";

export type ListAuditLogOptions = { organizationId: string; params: ListParams; actor?: string; target?: string };

export async function listAuditLog({ organizationId, params, actor, target }: ListAuditLogOptions) {
  const db = await getDb();
  const where = and(actor ? eq(auditLog.actor, actor) : undefined, target ? eq(auditLog.targetId, target) : undefined);
  return paginate({ db, table: auditLog, organizationId, where, params });
}
