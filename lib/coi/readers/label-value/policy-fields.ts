import type { Acord25FieldName } from "../../acord25/field-names";
import type { CoverageKey } from "./vocabulary";

// The ACORD boxes of one coverage row: insurer letter, policy number, dates, ADDL INSD, SUBR WVD. A layout's
// "Policy Number" under GENERAL LIABILITY is the GL row's box, and so on.

export type RowBox = "letter" | "number" | "effective" | "expiration" | "addl" | "subr";

type RowFields = Record<RowBox, Acord25FieldName | null>;

const ROWS: Record<CoverageKey, RowFields> = {
  gl: {
    letter: "GeneralLiability_InsurerLetterCode_A",
    number: "Policy_GeneralLiability_PolicyNumberIdentifier_A",
    effective: "Policy_GeneralLiability_EffectiveDate_A",
    expiration: "Policy_GeneralLiability_ExpirationDate_A",
    addl: "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A",
    subr: "Policy_GeneralLiability_SubrogationWaivedCode_A",
  },
  auto: {
    letter: "Vehicle_InsurerLetterCode_A",
    number: "Policy_AutomobileLiability_PolicyNumberIdentifier_A",
    effective: "Policy_AutomobileLiability_EffectiveDate_A",
    expiration: "Policy_AutomobileLiability_ExpirationDate_A",
    addl: "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A",
    subr: "Policy_AutomobileLiability_SubrogationWaivedCode_A",
  },
  umbrella: {
    letter: "ExcessUmbrella_InsurerLetterCode_A",
    number: "Policy_ExcessLiability_PolicyNumberIdentifier_A",
    effective: "Policy_ExcessLiability_EffectiveDate_A",
    expiration: "Policy_ExcessLiability_ExpirationDate_A",
    addl: "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A",
    subr: "Policy_ExcessLiability_SubrogationWaivedCode_A",
  },
  wc: {
    letter: "WorkersCompensationEmployersLiability_InsurerLetterCode_A",
    number: "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A",
    effective: "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A",
    expiration: "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A",
    // The form has no ADDL INSD box for workers compensation.
    addl: null,
    subr: "Policy_WorkersCompensation_SubrogationWaivedCode_A",
  },
  other: {
    letter: "OtherPolicy_InsurerLetterCode_A",
    number: "OtherPolicy_PolicyNumberIdentifier_A",
    effective: "OtherPolicy_PolicyEffectiveDate_A",
    expiration: "OtherPolicy_PolicyExpirationDate_A",
    addl: "CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A",
    subr: "OtherPolicy_SubrogationWaivedCode_A",
  },
};

export const rowField = (coverage: CoverageKey, box: RowBox) => ROWS[coverage][box];

/** Whether anything the coverage-presence rule counts (a policy number or a limit) was read for the coverage. */
export const PRESENCE: Record<CoverageKey, RegExp> = {
  gl: /^(Policy_GeneralLiability_PolicyNumber|GeneralLiability_.*LimitAmount)/,
  auto: /^(Policy_AutomobileLiability_PolicyNumber|Vehicle_.*(LimitAmount|AccidentAmount))/,
  umbrella: /^(Policy_ExcessLiability_PolicyNumber|ExcessUmbrella_Umbrella_(EachOccurrence|Aggregate)Amount)/,
  wc: /^(Policy_WorkersCompensationAndEmployersLiability_PolicyNumber|WorkersCompensationEmployersLiability_EmployersLiability_)/,
  other: /^OtherPolicy_(PolicyNumber|CoverageLimitAmount)/,
};
