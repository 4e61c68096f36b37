import { coverageOutcomes } from "./audit/coverage-rules";
import { type AuditContext, type AuditOutcome, REVIEW_CONFIDENCE } from "./audit/context";
import {
  additionalInsuredOutcome, certificateHolderOutcome, insuredNameOutcome, signatureOutcome,
} from "./audit/party-rules";
import { COVERAGE_KEYS } from "./keys";
import type { ContractorNames } from "./names";
import { dayNumberOf } from "./normalize";
import type { FieldSource, ParsedCertificate } from "./parsed-certificate";
import type { InsuranceRules } from "./rules";

// Evaluates a parsed certificate against a requirement's rules: one outcome per rule, in a fixed order
// (coverages in COVERAGE_KEYS order, then additional insureds, certificate holder, insured name, signature), so
// re-running an evaluation gives the same list. Pure: `now` is passed in; days are UTC calendar days.

export type { AuditOutcome };
export { REVIEW_CONFIDENCE };

export type EvaluateInput = {
  parsed: ParsedCertificate;
  rules: InsuranceRules;
  contractor: ContractorNames;
  /** From ReadResult.confidence; a value a rule relies on below REVIEW_CONFIDENCE fails that rule for review. */
  confidence?: Record<string, number>;
  /** From ReadResult.sources: each source's `note` says why the reader doubts the value, for the review request. */
  sources?: Record<string, FieldSource>;
  now: Date;
};

export function evaluateCertificate(input: EvaluateInput): AuditOutcome[] {
  const { parsed, rules, contractor } = input;
  const ctx: AuditContext = {
    confidence: input.confidence ?? {},
    notes: Object.fromEntries(Object.entries(input.sources ?? {}).flatMap(([path, s]) => (s.note ? [[path, s.note]] : []))),
    today: dayNumberOf(input.now),
    minDaysUntilExpiration: rules.min_days_until_expiration ?? 0,
  };
  const out: AuditOutcome[] = [];
  for (const key of COVERAGE_KEYS) {
    const rule = rules.coverages?.[key];
    if (rule) out.push(...coverageOutcomes(key, rule, parsed.coverages[key], ctx));
  }
  const names = rules.additional_insured_names ?? [];
  if (names.length > 0) out.push(additionalInsuredOutcome(parsed, names, ctx));
  if (rules.certificate_holder_name) out.push(certificateHolderOutcome(parsed, rules.certificate_holder_name, ctx));
  if (rules.insured_name_matches_contractor) out.push(insuredNameOutcome(parsed, contractor, ctx));
  if (rules.signature_required) out.push(signatureOutcome(parsed, ctx));
  return out;
}

/**
 * A certificate's status from its outcomes: approved when every rule passed or a reviewer approved it, else
 * flagged. `manuallyApproved` holds the indexes of approved outcomes (or pass `manually_approved` on each).
 */
export function summarizeStatus(
  outcomes: ReadonlyArray<Pick<AuditOutcome, "result"> & { manually_approved?: boolean }>,
  manuallyApproved: ReadonlySet<number> = new Set(),
): "approved" | "flagged" {
  const ok = outcomes.every((o, i) => o.result === "pass" || o.manually_approved === true || manuallyApproved.has(i));
  return ok ? "approved" : "flagged";
}
