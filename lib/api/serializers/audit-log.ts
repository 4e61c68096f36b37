import type { auditLog } from "../../db/schema";
import type { AuditAction, AuditLogEntryObject } from "../../schemas/audit-log";
import { unixSeconds } from "./time";

export function serializeAuditLogEntry(row: typeof auditLog.$inferSelect): AuditLogEntryObject {
  return {
    id: row.id,
    object: "audit_log_entry",
    actor: row.actor,
    action: row.action as AuditAction,
    target: row.targetId,
    details: row.details ?? null,
    ip: row.ip,
    created: unixSeconds(row.createdAt),
  };
}
