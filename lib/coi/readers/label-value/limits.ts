import type { Acord25FieldName } from "../../acord25/field-names";
import type { LimitId } from "./labels";
import type { CoverageKey } from "./vocabulary";

// Which ACORD limit box a labelled amount is, given the coverage it is printed under. Most pairs are the form's own
// (GL "Each Occurrence", WC "E.L. Each Accident"). Some are a guess: a table's "Each Occurrence" column on an auto
// row is most likely the combined single limit, but the label does not say so; such a box is read at AMBIGUOUS
// confidence, so any rule relying on it asks a person, who sees where it came from.

/** Below the review threshold (0.9): a value a person should confirm. */
export const AMBIGUOUS = 0.5;

export type LimitBox = { field: Acord25FieldName; sure: boolean };

const sure = (field: Acord25FieldName): LimitBox => ({ field, sure: true });
const guess = (field: Acord25FieldName): LimitBox => ({ field, sure: false });

const BOXES: Record<Exclude<CoverageKey, "other">, Partial<Record<LimitId, LimitBox>>> = {
  gl: {
    each_occurrence: sure("GeneralLiability_EachOccurrence_LimitAmount_A"),
    damage_rented: sure("GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A"),
    medical: sure("GeneralLiability_MedicalExpense_EachPersonLimitAmount_A"),
    personal_adv: sure("GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A"),
    general_aggregate: sure("GeneralLiability_GeneralAggregate_LimitAmount_A"),
    // A general liability "Aggregate" is the general aggregate: products is always named as such.
    aggregate: sure("GeneralLiability_GeneralAggregate_LimitAmount_A"),
    products: sure("GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A"),
  },
  auto: {
    csl: sure("Vehicle_CombinedSingleLimit_EachAccidentAmount_A"),
    each_accident: guess("Vehicle_CombinedSingleLimit_EachAccidentAmount_A"),
    each_occurrence: guess("Vehicle_CombinedSingleLimit_EachAccidentAmount_A"),
    bi_person: sure("Vehicle_BodilyInjury_PerPersonLimitAmount_A"),
    bi_accident: sure("Vehicle_BodilyInjury_PerAccidentLimitAmount_A"),
    pd: sure("Vehicle_PropertyDamage_PerAccidentLimitAmount_A"),
  },
  umbrella: {
    each_occurrence: sure("ExcessUmbrella_Umbrella_EachOccurrenceAmount_A"),
    aggregate: sure("ExcessUmbrella_Umbrella_AggregateAmount_A"),
    general_aggregate: sure("ExcessUmbrella_Umbrella_AggregateAmount_A"),
    retention: sure("ExcessUmbrella_Umbrella_DeductibleOrRetentionAmount_A"),
    deductible: sure("ExcessUmbrella_Umbrella_DeductibleOrRetentionAmount_A"),
  },
  wc: {
    el_each_accident: sure("WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A"),
    each_accident: sure("WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A"),
    each_occurrence: guess("WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A"),
    el_disease_employee: sure("WorkersCompensationEmployersLiability_EmployersLiability_DiseaseEachEmployeeLimitAmount_A"),
    el_disease_policy: sure("WorkersCompensationEmployersLiability_EmployersLiability_DiseasePolicyLimitAmount_A"),
  },
};

/** The ACORD box of a limit printed under `coverage`, or null when that coverage has no such box. */
export function limitBox(coverage: Exclude<CoverageKey, "other">, id: LimitId): LimitBox | null {
  return BOXES[coverage][id] ?? null;
}

/** Limits only one coverage has: printed with no coverage heading, they still say which coverage they belong to. */
const ONLY_IN: Partial<Record<LimitId, Exclude<CoverageKey, "other">>> = {
  general_aggregate: "gl", products: "gl", damage_rented: "gl", medical: "gl", personal_adv: "gl",
  csl: "auto", bi_person: "auto", bi_accident: "auto", pd: "auto",
  el_each_accident: "wc", el_disease_employee: "wc", el_disease_policy: "wc",
};

export const coverageOfLimit = (id: LimitId) => ONLY_IN[id] ?? null;

/** The other-coverage row has three label/amount pairs (OtherPolicy_CoverageCode_A…C). */
export const OTHER_LIMIT_SLOTS = ["A", "B", "C"] as const;
