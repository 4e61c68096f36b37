import type { auditResults } from "../../db/schema";

type AuditRow = Pick<typeof auditResults.$inferSelect, "result" | "manuallyApproved" | "voided">;

/** All live rules pass or are manually approved → approved; anything else → flagged. `denied` is a person's call. */
export function statusFromAudits(rows: AuditRow[]): "approved" | "flagged" {
  const live = rows.filter((r) => !r.voided);
  return live.every((r) => r.result === "pass" || r.manuallyApproved) ? "approved" : "flagged";
}
