import { COVERAGE_KEYS, LIMIT_KEYS, insuranceRulesSchema, type CoverageKey, type InsuranceRules } from "../coi/rules";

// The requirement form's fields map onto the rules schema one to one; these two functions are that mapping, so
// the form never holds JSON and the schema stays the single judge of what is valid.

export const fieldName = {
  required: (c: CoverageKey) => `coverages.${c}.required`,
  limit: (c: CoverageKey, limit: string) => `coverages.${c}.limits.${limit}`,
  additionalInsured: (c: CoverageKey) => `coverages.${c}.additional_insured_required`,
  subrogation: (c: CoverageKey) => `coverages.${c}.subrogation_waiver_required`,
};

export function rulesFromForm(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const rules: Record<string, unknown> = {};
  const coverages: Record<string, unknown> = {};
  for (const c of COVERAGE_KEYS) {
    const rule: Record<string, unknown> = {};
    if (form.get(fieldName.required(c))) rule.required = true;
    const limits: Record<string, number> = {};
    for (const limit of LIMIT_KEYS[c]) {
      const value = text(fieldName.limit(c, limit)).replace(/[$,\s]/g, "");
      if (value) limits[limit] = Number(value);
    }
    if (Object.keys(limits).length) rule.limits = limits;
    if (form.get(fieldName.additionalInsured(c))) rule.additional_insured_required = true;
    if (form.get(fieldName.subrogation(c))) rule.subrogation_waiver_required = true;
    if (Object.keys(rule).length) coverages[c] = rule;
  }
  if (Object.keys(coverages).length) rules.coverages = coverages;
  const days = text("min_days_until_expiration");
  if (days) rules.min_days_until_expiration = Number(days);
  const names = text("additional_insured_names").split("\n").map((n) => n.trim()).filter(Boolean);
  if (names.length) rules.additional_insured_names = names;
  if (text("certificate_holder_name")) rules.certificate_holder_name = text("certificate_holder_name");
  if (form.get("insured_name_matches_contractor")) rules.insured_name_matches_contractor = true;
  if (form.get("signature_required")) rules.signature_required = true;
  return insuranceRulesSchema.safeParse(rules);
}

export type { InsuranceRules };
