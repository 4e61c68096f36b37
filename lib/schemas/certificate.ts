import { z } from "zod";
import { certificateStatuses } from "./enums";

export const certificateStatusSchema = z.enum(certificateStatuses);

export const auditResultSchema = z.object({
  id: z.string(),
  rule_path: z.string().nullable(),
  rule_name: z.string().nullable(),
  result: z.enum(["pass", "fail"]).nullable(),
  message: z.string().nullable(),
  manually_approved: z.boolean(),
  manually_approved_by: z.string().nullable(),
  manually_approved_at: z.number().int().nullable(),
  created: z.number().int(),
});

export const reviewSummarySchema = z.object({
  total_rules: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  manually_approved: z.number().int(),
});

export const reviewResultsAbbreviatedSchema = z.object({
  id: z.string(),
  status: certificateStatusSchema,
  summary: reviewSummarySchema,
  created: z.number().int(),
});

export const reviewResultsFullSchema = z.object({
  id: z.string(),
  status: certificateStatusSchema,
  summary: reviewSummarySchema,
  parsed_certificate_json: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), z.unknown()).nullable(),
  audit_results: z.array(auditResultSchema),
  created: z.number().int(),
  updated: z.number().int(),
});

export const certificateSchema = z.object({
  id: z.string(),
  contractor: z.string(),
  status: certificateStatusSchema,
  created: z.number().int(),
  updated: z.number().int(),
  filename: z.string(),
  pdf_url: z.string().nullable(),
  review_results: z.union([reviewResultsFullSchema, reviewResultsAbbreviatedSchema]).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  denied_reason: z.string().nullable(),
});

export type CertificateObject = z.infer<typeof certificateSchema>;
export type AuditResultObject = z.infer<typeof auditResultSchema>;

export type ExpandLevel = "none" | "abbreviated" | "full";

/** `expand[]=review_results`, `expand[]=review_results.full` and `expand[]=review_results[full]`. */
export function parseExpand(url: URL): ExpandLevel {
  const values = [...url.searchParams.getAll("expand[]"), ...url.searchParams.getAll("expand")].flatMap((v) => v.split(","));
  if (values.some((v) => v === "review_results.full" || v === "review_results[full]")) return "full";
  if (values.includes("review_results")) return "abbreviated";
  return "none";
}

export const denyCertificateSchema = z.object({ reason: z.string().trim().max(2000).optional() });
