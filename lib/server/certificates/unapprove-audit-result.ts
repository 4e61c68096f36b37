import { setAuditApproval, type SetAuditApprovalOptions } from "./set-audit-approval";

export type UnapproveAuditResultOptions = Omit<SetAuditApprovalOptions, "approved">;

/** Takes a manual approval back; the certificate may return to `flagged`. */
export const unapproveAuditResult = (options: UnapproveAuditResultOptions) => setAuditApproval({ ...options, approved: false });
