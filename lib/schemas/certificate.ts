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

/**
 * Where a value of parsed_certificate_json was read, and how sure the reader is of it (0–1): below 0.9, the rules
 * relying on it ask a person, and `note` says why.
 */
export const fieldSourceSchema = z.object({
  page: z.number().int(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  page_size: z.tuple([z.number(), z.number()]),
  confidence: z.number().min(0).max(1).nullable(),
  note: z.string().optional(),
});

export const reviewResultsFullSchema = z.object({
  id: z.string(),
  status: certificateStatusSchema,
  summary: reviewSummarySchema,
  parsed_certificate_json: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), fieldSourceSchema).nullable(),
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
export type FieldSourceObject = z.infer<typeof fieldSourceSchema>;

export type ExpandLevel = "none" | "abbreviated" | "full";

/** `expand[]=review_results`, `expand[]=review_results.full` and `expand[]=review_results[full]`. */
export function parseExpand(url: URL): ExpandLevel {
  const values = [...url.searchParams.getAll("expand[]"), ...url.searchParams.getAll("expand")].flatMap((v) => v.split(","));
  if (values.some((v) => v === "review_results.full" || v === "review_results[full]")) return "full";
  if (values.includes("review_results")) return "abbreviated";
  return "none";
}

export const denyCertificateSchema = z.object({ reason: z.string().trim().max(2000).optional() });
