import type { CoverageKey } from "../../../keys";

// What kind of value each ACORD 25 field holds, for printing it the way agency systems print that kind: names only
// (the places come from the blank's boxes at run time, never from here).

export type PolicyRow = {
  key: CoverageKey | "other";
  letter: string;
  addl: string | null;
  subr: string;
  number: string;
  eff: string;
  exp: string;
  /** The field on the row's first line: Vertafore prints the row's policy fields on that line. */
  firstLine: string;
};

export const POLICY_ROWS: PolicyRow[] = [
  { key: "commercial_general_liability", letter: "GeneralLiability_InsurerLetterCode_A",
    addl: "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A", subr: "Policy_GeneralLiability_SubrogationWaivedCode_A",
    number: "Policy_GeneralLiability_PolicyNumberIdentifier_A", eff: "Policy_GeneralLiability_EffectiveDate_A",
    exp: "Policy_GeneralLiability_ExpirationDate_A", firstLine: "GeneralLiability_EachOccurrence_LimitAmount_A" },
  { key: "automobile_liability", letter: "Vehicle_InsurerLetterCode_A",
    addl: "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A", subr: "Policy_AutomobileLiability_SubrogationWaivedCode_A",
    number: "Policy_AutomobileLiability_PolicyNumberIdentifier_A", eff: "Policy_AutomobileLiability_EffectiveDate_A",
    exp: "Policy_AutomobileLiability_ExpirationDate_A", firstLine: "Vehicle_CombinedSingleLimit_EachAccidentAmount_A" },
  { key: "umbrella_liability", letter: "ExcessUmbrella_InsurerLetterCode_A",
    addl: "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A", subr: "Policy_ExcessLiability_SubrogationWaivedCode_A",
    number: "Policy_ExcessLiability_PolicyNumberIdentifier_A", eff: "Policy_ExcessLiability_EffectiveDate_A",
    exp: "Policy_ExcessLiability_ExpirationDate_A", firstLine: "ExcessUmbrella_Umbrella_EachOccurrenceAmount_A" },
  { key: "workers_compensation", letter: "WorkersCompensationEmployersLiability_InsurerLetterCode_A", addl: null,
    subr: "Policy_WorkersCompensation_SubrogationWaivedCode_A",
    number: "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A",
    eff: "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A",
    exp: "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A",
    firstLine: "WorkersCompensationEmployersLiability_WorkersCompensationStatutoryLimitIndicator_A" },
  { key: "other", letter: "OtherPolicy_InsurerLetterCode_A", addl: "CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A",
    subr: "OtherPolicy_SubrogationWaivedCode_A", number: "OtherPolicy_PolicyNumberIdentifier_A",
    eff: "OtherPolicy_PolicyEffectiveDate_A", exp: "OtherPolicy_PolicyExpirationDate_A", firstLine: "OtherPolicy_CoverageCode_A" },
];

/** Name field → the prefix of its address fields. */
export const ADDRESS_BLOCKS: [name: string, prefix: string][] = [
  ["Producer_FullName_A", "Producer"],
  ["NamedInsured_FullName_A", "NamedInsured"],
  ["CertificateHolder_FullName_A", "CertificateHolder"],
];

export const REMARKS = "CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A";
export const SIGNATURE = "Producer_AuthorizedRepresentative_Signature_A";
/** Boxes taller than one line, whose text wraps. */
export const MULTILINE = new Set([REMARKS, "OtherPolicy_OtherPolicyDescription_A"]);

export const isAmount = (field: string) => /Amount_[A-C]$/.test(field);
export const isDate = (field: string) => /Date_A$/.test(field);
/** Short codes the form centres in their boxes (its fields' /Q 1). */
export const isCode = (field: string) =>
  /(InsurerLetterCode_A|NAICCode_[A-F]|StateOrProvinceCode_A|AdditionalInsuredCode_A|SubrogationWaivedCode_A|AnyPersonsExcludedIndicator_A)$/.test(field);

/** Limits an agency may print as a word instead of an amount; the truth for them is null (not a number). */
export const WORD_LIMIT_FIELDS: [field: string, coverage: CoverageKey, limit: string][] = [
  ["GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A", "commercial_general_liability", "damage_to_rented_premises_dollars"],
  ["GeneralLiability_MedicalExpense_EachPersonLimitAmount_A", "commercial_general_liability", "medical_expense_dollars"],
  ["GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A", "commercial_general_liability", "personal_advertising_injury_dollars"],
  ["GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A", "commercial_general_liability", "products_completed_operations_dollars"],
  ["Vehicle_CombinedSingleLimit_EachAccidentAmount_A", "automobile_liability", "combined_single_limit_dollars"],
  ["Vehicle_BodilyInjury_PerPersonLimitAmount_A", "automobile_liability", "bodily_injury_per_person_dollars"],
  ["Vehicle_BodilyInjury_PerAccidentLimitAmount_A", "automobile_liability", "bodily_injury_per_accident_dollars"],
  ["Vehicle_PropertyDamage_PerAccidentLimitAmount_A", "automobile_liability", "property_damage_dollars"],
  ["ExcessUmbrella_Umbrella_AggregateAmount_A", "umbrella_liability", "aggregate_dollars"],
  ["WorkersCompensationEmployersLiability_EmployersLiability_DiseaseEachEmployeeLimitAmount_A", "workers_compensation", "el_disease_each_employee_dollars"],
];
