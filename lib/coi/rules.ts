import { z } from "zod";
import { LIMIT_KEYS, type CoverageKey } from "./keys";

export { COVERAGE_KEYS, LIMIT_KEYS, COVERAGE_LABELS, LIMIT_LABELS } from "./keys";
export type { CoverageKey, LimitKey } from "./keys";

// A requirement's `rules` (CONTRACT.md). Every object is strict so a typo ("each_occurence_dollars") is an error
// with its path instead of a rule that silently never runs.

const limitAmount = z.number().int("must be a whole dollar amount").positive("must be a positive amount");

function limitsOf<K extends readonly string[]>(keys: K) {
  const shape = Object.fromEntries(keys.map((key) => [key, limitAmount.optional()]));
  return z.strictObject(shape as { [P in K[number]]: z.ZodOptional<typeof limitAmount> });
}

function coverageRule<C extends CoverageKey>(coverage: C) {
  return z.strictObject({
    required: z.boolean().optional(),
    limits: limitsOf(LIMIT_KEYS[coverage]).optional(),
    additional_insured_required: z.boolean().optional(),
    subrogation_waiver_required: z.boolean().optional(),
  });
}

const name = z.string().trim().min(1, "must not be empty");

export const insuranceRulesSchema = z.strictObject({
  coverages: z
    .strictObject({
      commercial_general_liability: coverageRule("commercial_general_liability").optional(),
      automobile_liability: coverageRule("automobile_liability").optional(),
      umbrella_liability: coverageRule("umbrella_liability").optional(),
      workers_compensation: coverageRule("workers_compensation").optional(),
    })
    .optional(),
  min_days_until_expiration: z.number().int("must be a whole number of days").nonnegative().optional(),
  additional_insured_names: z.array(name).optional(),
  certificate_holder_name: name.optional(),
  insured_name_matches_contractor: z.boolean().optional(),
  signature_required: z.boolean().optional(),
});

export type InsuranceRules = z.infer<typeof insuranceRulesSchema>;
export type CoverageRule = NonNullable<NonNullable<InsuranceRules["coverages"]>[CoverageKey]>;

// Keep the schema's coverage keys and COVERAGE_KEYS in step at compile time.
type SchemaCoverageKeys = keyof NonNullable<InsuranceRules["coverages"]>;
const coverageKeysMatch: [SchemaCoverageKeys] extends [CoverageKey] ? ([CoverageKey] extends [SchemaCoverageKeys] ? true : never) : never = true;
void coverageKeysMatch;
