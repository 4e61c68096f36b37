import { getDb } from "../db/client";
import type { AuditAction } from "../schemas/audit-log";
import { recordAuditEntry, type AuditEntry } from "../server/audit-log/record-audit-entry";
import type { ApiCaller } from "./caller";

/** The client's address as the first proxy in front of us saw it; informational (a direct client can forge it). */
export function clientIp(req: Request): string | null {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || req.headers.get("x-real-ip")?.trim() || null)?.slice(0, 100) ?? null;
}

/** An audit entry for this request's caller; services that run a transaction take it and record it inside. */
export function auditEntry(req: Request, caller: ApiCaller, action: AuditAction, targetId: string | null, details?: Record<string, unknown>): AuditEntry {
  return { organizationId: caller.organizationId, actor: caller.actor, action, targetId, details, ip: clientIp(req) };
}

/** Records an action right after a service without a transaction of its own has done it. */
export async function audit(req: Request, caller: ApiCaller, action: AuditAction, targetId: string | null, details?: Record<string, unknown>) {
  await recordAuditEntry(await getDb(), auditEntry(req, caller, action, targetId, details));
}
