import type {
  AutomobileLiability,
  GeneralLiability,
  OtherCoverage,
  ParsedCertificate,
  UmbrellaLiability,
  WorkersCompensation,
} from "../parsed-certificate";
import type { Acord25FieldName } from "./field-names";
import type { FieldReader } from "./field-values";

// The COVERAGES grid. A row counts as a coverage on the certificate when it has a policy number or any limit
// printed; check boxes alone (often pre-printed by agency templates) do not make a coverage.

type Coverages = ParsedCertificate["coverages"];
type PolicyFieldNames = {
  letter: Acord25FieldName;
  number: Acord25FieldName;
  effective: Acord25FieldName;
  expiration: Acord25FieldName;
  additionalInsured: Acord25FieldName | null;
  subrogation: Acord25FieldName;
};

function policy(r: FieldReader, base: string, n: PolicyFieldNames) {
  return {
    insurer_letter: r.line(n.letter, `${base}.insurer_letter`)?.toUpperCase() ?? null,
    policy_number_string: r.line(n.number, `${base}.policy_number_string`),
    policy_effective_date: r.date(n.effective, `${base}.policy_effective_date`),
    policy_expiration_date: r.date(n.expiration, `${base}.policy_expiration_date`),
    // Workers compensation has no ADDL INSD box: null, not false, since nothing was printed either way.
    additional_insured: n.additionalInsured ? r.yesNo(n.additionalInsured, `${base}.additional_insured`) : null,
    subrogation_waived: r.yesNo(n.subrogation, `${base}.subrogation_waived`),
  };
}

/** What a row says when the agency system fills an unused row: no policy. */
const NO_POLICY = /^(n\/?a|none|not applicable|not covered|excluded|-+|\*+)$/i;

function isPresent(r: FieldReader, names: Acord25FieldName[]): boolean {
  return names.some((name) => {
    if (!r.has(name)) return false;
    const value = r.raw(name)?.value;
    return !(/PolicyNumberIdentifier/.test(name) && typeof value === "string" && NO_POLICY.test(value.trim()));
  });
}

function extraLimit(r: FieldReader, path: string, label: Acord25FieldName, amount: Acord25FieldName) {
  if (!r.has(label) && !r.has(amount)) return [];
  return [{ label: r.line(label, `${path}.0.label`), amount_dollars: r.amount(amount, `${path}.0.amount_dollars`) }];
}

function descriptions(r: FieldReader, path: string, names: Acord25FieldName[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const value = r.line(name, `${path}.${out.length}`);
    if (value) out.push(value);
  }
  return out;
}

/** Exactly one box checked gives its answer; none or several is not an answer. */
function oneOf<T extends string>(r: FieldReader, path: string, options: [Acord25FieldName, T][]): T | null {
  const checked = options.filter(([name]) => r.has(name));
  if (checked.length !== 1) return null;
  const [name, value] = checked[0];
  const field = r.raw(name);
  if (field) r.record(path, field, field.confidence);
  return value;
}

function generalLiability(r: FieldReader): GeneralLiability | undefined {
  const b = "coverages.commercial_general_liability";
  const limits = {
    each_occurrence_dollars: "GeneralLiability_EachOccurrence_LimitAmount_A",
    damage_to_rented_premises_dollars: "GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A",
    medical_expense_dollars: "GeneralLiability_MedicalExpense_EachPersonLimitAmount_A",
    personal_advertising_injury_dollars: "GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A",
    general_aggregate_dollars: "GeneralLiability_GeneralAggregate_LimitAmount_A",
    products_completed_operations_dollars: "GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A",
  } as const satisfies Record<keyof GeneralLiability["limits"], Acord25FieldName>;
  const other = "GeneralLiability_OtherCoverageLimitAmount_A";
  if (!isPresent(r, ["Policy_GeneralLiability_PolicyNumberIdentifier_A", ...Object.values(limits), other])) return;
  // The row's own check boxes are implied by the row being filled in; the descriptions beside them are kept.
  r.has("GeneralLiability_CoverageIndicator_A");
  r.has("GeneralLiability_OtherCoverageIndicator_A");
  r.has("GeneralLiability_OtherCoverageIndicator_B");
  return {
    ...policy(r, b, {
      letter: "GeneralLiability_InsurerLetterCode_A",
      number: "Policy_GeneralLiability_PolicyNumberIdentifier_A",
      effective: "Policy_GeneralLiability_EffectiveDate_A",
      expiration: "Policy_GeneralLiability_ExpirationDate_A",
      additionalInsured: "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A",
      subrogation: "Policy_GeneralLiability_SubrogationWaivedCode_A",
    }),
    occurrence: r.check("GeneralLiability_OccurrenceIndicator_A", `${b}.occurrence`),
    claims_made: r.check("GeneralLiability_ClaimsMadeIndicator_A", `${b}.claims_made`),
    other_coverages: descriptions(r, `${b}.other_coverages`, [
      "GeneralLiability_OtherCoverageDescription_A",
      "GeneralLiability_OtherCoverageDescription_B",
    ]),
    aggregate_limit_applies_per: oneOf(r, `${b}.aggregate_limit_applies_per`, [
      ["GeneralLiability_GeneralAggregate_LimitAppliesPerPolicyIndicator_A", "policy"],
      ["GeneralLiability_GeneralAggregate_LimitAppliesPerProjectIndicator_A", "project"],
      ["GeneralLiability_GeneralAggregate_LimitAppliesPerLocationIndicator_A", "location"],
      ["GeneralLiability_GeneralAggregate_LimitAppliesToOtherIndicator_A", "other"],
    ]),
    aggregate_limit_applies_to_other: r.line(
      "GeneralLiability_GeneralAggregate_LimitAppliesToCode_A",
      `${b}.aggregate_limit_applies_to_other`,
    ),
    limits: readLimits(r, `${b}.limits`, limits),
    additional_limits: extraLimit(r, `${b}.additional_limits`, "GeneralLiability_OtherCoverageLimitDescription_A", other),
  };
}

function readLimits<K extends string>(r: FieldReader, path: string, names: Record<K, Acord25FieldName>): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const key of Object.keys(names) as K[]) out[key] = r.amount(names[key], `${path}.${key}`);
  return out;
}

function automobileLiability(r: FieldReader): AutomobileLiability | undefined {
  const b = "coverages.automobile_liability";
  const limits = {
    combined_single_limit_dollars: "Vehicle_CombinedSingleLimit_EachAccidentAmount_A",
    bodily_injury_per_person_dollars: "Vehicle_BodilyInjury_PerPersonLimitAmount_A",
    bodily_injury_per_accident_dollars: "Vehicle_BodilyInjury_PerAccidentLimitAmount_A",
    property_damage_dollars: "Vehicle_PropertyDamage_PerAccidentLimitAmount_A",
  } as const satisfies Record<keyof AutomobileLiability["limits"], Acord25FieldName>;
  const other = "Vehicle_OtherCoverage_LimitAmount_A";
  if (!isPresent(r, ["Policy_AutomobileLiability_PolicyNumberIdentifier_A", ...Object.values(limits), other])) return;
  r.has("Vehicle_OtherCoveredAutoIndicator_A");
  r.has("Vehicle_OtherCoveredAutoIndicator_B");
  const auto = (name: Acord25FieldName, key: keyof AutomobileLiability["covered_autos"]) =>
    r.check(name, `${b}.covered_autos.${key}`);
  return {
    ...policy(r, b, {
      letter: "Vehicle_InsurerLetterCode_A",
      number: "Policy_AutomobileLiability_PolicyNumberIdentifier_A",
      effective: "Policy_AutomobileLiability_EffectiveDate_A",
      expiration: "Policy_AutomobileLiability_ExpirationDate_A",
      additionalInsured: "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A",
      subrogation: "Policy_AutomobileLiability_SubrogationWaivedCode_A",
    }),
    covered_autos: {
      any_auto: auto("Vehicle_AnyAutoIndicator_A", "any_auto"),
      owned_autos_only: auto("Vehicle_AllOwnedAutosIndicator_A", "owned_autos_only"),
      scheduled_autos: auto("Vehicle_ScheduledAutosIndicator_A", "scheduled_autos"),
      hired_autos_only: auto("Vehicle_HiredAutosIndicator_A", "hired_autos_only"),
      non_owned_autos_only: auto("Vehicle_NonOwnedAutosIndicator_A", "non_owned_autos_only"),
    },
    other_covered_autos: descriptions(r, `${b}.other_covered_autos`, [
      "Vehicle_OtherCoveredAutoDescription_A",
      "Vehicle_OtherCoveredAutoDescription_B",
    ]),
    limits: readLimits(r, `${b}.limits`, limits),
    additional_limits: extraLimit(r, `${b}.additional_limits`, "Vehicle_OtherCoverage_CoverageDescription_A", other),
  };
}

function umbrellaLiability(r: FieldReader): UmbrellaLiability | undefined {
  const b = "coverages.umbrella_liability";
  const limits = {
    each_occurrence_dollars: "ExcessUmbrella_Umbrella_EachOccurrenceAmount_A",
    aggregate_dollars: "ExcessUmbrella_Umbrella_AggregateAmount_A",
  } as const satisfies Record<keyof UmbrellaLiability["limits"], Acord25FieldName>;
  const other = "ExcessUmbrella_OtherCoverageLimitAmount_A";
  if (!isPresent(r, ["Policy_ExcessLiability_PolicyNumberIdentifier_A", ...Object.values(limits), other])) return;
  return {
    ...policy(r, b, {
      letter: "ExcessUmbrella_InsurerLetterCode_A",
      number: "Policy_ExcessLiability_PolicyNumberIdentifier_A",
      effective: "Policy_ExcessLiability_EffectiveDate_A",
      expiration: "Policy_ExcessLiability_ExpirationDate_A",
      additionalInsured: "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A",
      subrogation: "Policy_ExcessLiability_SubrogationWaivedCode_A",
    }),
    policy_type: oneOf(r, `${b}.policy_type`, [
      ["Policy_PolicyType_UmbrellaIndicator_A", "umbrella"],
      ["Policy_PolicyType_ExcessIndicator_A", "excess"],
    ]),
    occurrence: r.check("ExcessUmbrella_OccurrenceIndicator_A", `${b}.occurrence`),
    claims_made: r.check("ExcessUmbrella_ClaimsMadeIndicator_A", `${b}.claims_made`),
    deductible: r.check("ExcessUmbrella_DeductibleIndicator_A", `${b}.deductible`),
    retention: r.check("ExcessUmbrella_RetentionIndicator_A", `${b}.retention`),
    deductible_or_retention_dollars: r.amount(
      "ExcessUmbrella_Umbrella_DeductibleOrRetentionAmount_A",
      `${b}.deductible_or_retention_dollars`,
    ),
    limits: readLimits(r, `${b}.limits`, limits),
    additional_limits: extraLimit(r, `${b}.additional_limits`, "ExcessUmbrella_OtherCoverageDescription_A", other),
  };
}

function workersCompensation(r: FieldReader): WorkersCompensation | undefined {
  const b = "coverages.workers_compensation";
  const p = "WorkersCompensationEmployersLiability_";
  const limits = {
    el_each_accident_dollars: `${p}EmployersLiability_EachAccidentLimitAmount_A`,
    el_disease_each_employee_dollars: `${p}EmployersLiability_DiseaseEachEmployeeLimitAmount_A`,
    el_disease_policy_limit_dollars: `${p}EmployersLiability_DiseasePolicyLimitAmount_A`,
  } as const satisfies Record<keyof WorkersCompensation["limits"], Acord25FieldName>;
  const number = "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A";
  if (!isPresent(r, [number, ...Object.values(limits)])) return;
  return {
    ...policy(r, b, {
      letter: `${p}InsurerLetterCode_A`,
      number,
      effective: "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A",
      expiration: "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A",
      additionalInsured: null,
      subrogation: "Policy_WorkersCompensation_SubrogationWaivedCode_A",
    }),
    statutory: r.check(`${p}WorkersCompensationStatutoryLimitIndicator_A`, `${b}.statutory`),
    other_limit: r.check(`${p}OtherCoverageIndicator_A`, `${b}.other_limit`),
    other_limit_description: r.line(`${p}OtherCoverageDescription_A`, `${b}.other_limit_description`),
    any_person_excluded: r.yesNoOrBlank(`${p}AnyPersonsExcludedIndicator_A`, `${b}.any_person_excluded`),
    limits: readLimits(r, `${b}.limits`, limits),
  };
}

function otherCoverage(r: FieldReader): OtherCoverage[] | undefined {
  const b = "coverages.other.0";
  const rows = (["A", "B", "C"] as const).map(
    (l) => [`OtherPolicy_CoverageCode_${l}`, `OtherPolicy_CoverageLimitAmount_${l}`, l] as const,
  );
  const anyLimit = rows.some(([code, amount]) => r.has(code) || r.has(amount));
  if (!anyLimit && !isPresent(r, ["OtherPolicy_PolicyNumberIdentifier_A", "OtherPolicy_OtherPolicyDescription_A"])) return;
  const limits: Record<string, number | null> = {};
  for (const [code, amount, letter] of rows) {
    if (!r.has(code) && !r.has(amount)) continue;
    const label = r.raw(code)?.value;
    let key = typeof label === "string" && label.trim() ? label.trim().replace(/\s+/g, " ") : `limit_${letter.toLowerCase()}`;
    if (key in limits) key = `${key} (${letter})`;
    limits[key] = r.amount(amount, `${b}.limits.${key}`);
  }
  return [
    {
      ...policy(r, b, {
        letter: "OtherPolicy_InsurerLetterCode_A",
        number: "OtherPolicy_PolicyNumberIdentifier_A",
        effective: "OtherPolicy_PolicyEffectiveDate_A",
        expiration: "OtherPolicy_PolicyExpirationDate_A",
        additionalInsured: "CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A",
        subrogation: "OtherPolicy_SubrogationWaivedCode_A",
      }),
      description: r.line("OtherPolicy_OtherPolicyDescription_A", `${b}.description`),
      limits,
    },
  ];
}

export function readCoverages(r: FieldReader): Coverages {
  const coverages: Coverages = {};
  const gl = generalLiability(r);
  if (gl) coverages.commercial_general_liability = gl;
  const auto = automobileLiability(r);
  if (auto) coverages.automobile_liability = auto;
  const umbrella = umbrellaLiability(r);
  if (umbrella) coverages.umbrella_liability = umbrella;
  const wc = workersCompensation(r);
  if (wc) coverages.workers_compensation = wc;
  const other = otherCoverage(r);
  if (other) coverages.other = other;
  return coverages;
}
