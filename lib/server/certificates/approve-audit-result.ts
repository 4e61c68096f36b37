import { setAuditApproval, type SetAuditApprovalOptions } from "./set-audit-approval";

export type ApproveAuditResultOptions = Omit<SetAuditApprovalOptions, "approved">;

/** A reviewer accepts a failed rule: it keeps `result: "fail"` but counts as passing. */
export const approveAuditResult = (options: ApproveAuditResultOptions) => setAuditApproval({ ...options, approved: true });
