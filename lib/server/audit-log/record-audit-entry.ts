import type { Db, Tx } from "../../db/client";
import { auditLog } from "../../db/schema";
import { newId } from "../../ids";
import type { AuditAction } from "../../schemas/audit-log";

export type AuditEntry = {
  organizationId: string;
  actor: string;
  action: AuditAction;
  targetId: string | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
};

// Never into the log, whatever a caller passes in `details`.
const SECRET_KEYS = new Set(["password", "secret", "token"]);

/** Inserts one entry; pass the service's transaction so the entry commits (or rolls back) with the action. */
export async function recordAuditEntry(db: Db | Tx, entry: AuditEntry): Promise<void> {
  const details = entry.details ? Object.fromEntries(Object.entries(entry.details).filter(([k, v]) => v !== undefined && !SECRET_KEYS.has(k))) : null;
  await db.insert(auditLog).values({
    id: newId("auditLogEntry"),
    organizationId: entry.organizationId,
    actor: entry.actor,
    action: entry.action,
    targetId: entry.targetId,
    details: details && Object.keys(details).length ? details : null,
    ip: entry.ip ?? null,
  });
}
