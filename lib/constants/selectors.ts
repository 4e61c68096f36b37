// data-testid values the Playwright specs use; components import the same constants, so a rename cannot break a
// test silently.
export const SELECTORS = {
  statusBadge: "status-badge",
  contractorRow: "contractor-row",
  contractorSearch: "contractor-search",
  certificateRow: "certificate-row",
  dropzone: "certificate-dropzone",
  uploadRow: "upload-row",
  pdfViewer: "pdf-viewer",
  pdfHighlight: "pdf-highlight",
  auditRule: "audit-rule",
  parsedField: "parsed-field",
  rawJson: "raw-json",
  certificateStatus: "certificate-status",
  triageItem: "triage-item",
  triageCount: "triage-count",
  triageRule: "triage-rule",
  overviewCount: "overview-count",
  expiringCount: "expiring-count",
  complianceChart: "compliance-chart",
  apiKeySecret: "api-key-secret",
  webhookSecret: "webhook-secret",
} as const;
