import { z } from "zod";

// Every action the audit log records: `<object>.<verb>`, one per reviewer or admin write the API offers.
export const auditActions = [
  "certificate.uploaded",
  "certificate.rule_approved",
  "certificate.rule_unapproved",
  "certificate.denied",
  "certificate.deleted",
  "contractor.created",
  "contractor.updated",
  "contractor.deleted",
  "entity.created",
  "entity.updated",
  "entity.deleted",
  "insurance_requirement.created",
  "insurance_requirement.updated",
  "insurance_requirement.deleted",
  "webhook_endpoint.created",
  "webhook_endpoint.updated",
  "webhook_endpoint.deleted",
  "webhook_endpoint.secret_rotated",
  "event.resent",
  "api_key.created",
  "api_key.revoked",
  "user.created",
  "user.updated",
  "user.disabled",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditLogEntrySchema = z.object({
  id: z.string(),
  object: z.literal("audit_log_entry"),
  /** `user:<email>` or `api_key:<id>`. */
  actor: z.string(),
  action: z.enum(auditActions),
  /** The object acted on; for rule approvals, the certificate (the rule is in `details.audit_result`). */
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  /** The client's address as the first proxy saw it (`X-Forwarded-For`), when there is one. */
  ip: z.string().nullable(),
  created: z.number().int(),
});
export type AuditLogEntryObject = z.infer<typeof auditLogEntrySchema>;

export const auditLogQuerySchema = z.object({
  actor: z.string().max(300).optional(),
  target: z.string().max(100).optional(),
});
