import type { Acord25FieldName } from "../../acord25/field-names";

// The words carriers' and agencies' own layouts use for the ACORD 25 sections and boxes, mapped to the ACORD field
// each one fills. Matching is on whole labels (case and punctuation ignored), so a sentence that merely mentions
// "each occurrence" in the remarks is never taken for a limit.

export type Section = "top" | "producer" | "insured" | "insurers" | "gl" | "auto" | "umbrella" | "wc" | "description" | "holder" | "signature";
export type CoverageSection = "gl" | "auto" | "umbrella" | "wc";

export const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9&#'$]+/g, " ").trim();

const HEADINGS: [RegExp, Section][] = [
  [/^(producer|agency|agent|broker|insurance (agency|broker))$/, "producer"],
  [/^(named )?insured$/, "insured"],
  [/^insurers?( affording coverage)?$/, "insurers"],
  [/^(commercial )?general liability( insurance)?$/, "gl"],
  [/^(business |commercial )?auto(mobile)? liability( insurance)?$/, "auto"],
  [/^(umbrella|excess)( liability| liab)?( insurance)?$/, "umbrella"],
  [/^workers'? comp(ensation)?( and employers'? liability)?( insurance)?$/, "wc"],
  [/^(description of operations|remarks|special provisions)\b.*$/, "description"],
  [/^certificate holder$/, "holder"],
  [/^authori[sz]ed (representative|signature)$/, "signature"],
];

export function headingOf(text: string): Section | null {
  const t = norm(text);
  return HEADINGS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** A coverage name as the table's first column prints it. */
export function coverageOf(text: string): CoverageSection | null {
  const s = headingOf(text);
  return s === "gl" || s === "auto" || s === "umbrella" || s === "wc" ? s : null;
}

type PolicyKey = "letter" | "number" | "effective" | "expiration" | "addl" | "subr";
const POLICY_LABELS: [RegExp, PolicyKey][] = [
  [/^(insurer|insurer letter|insr|insr ltr)$/, "letter"],
  [/^policy (number|no|#)$/, "number"],
  [/^(policy )?(effective|eff)( date)?$/, "effective"],
  [/^(policy )?(expiration|expires|exp)( date)?$/, "expiration"],
  [/^(additional insured|addl insd|addl)$/, "addl"],
  [/^(waiver of subrogation|subrogation waived|subr wvd|subr)$/, "subr"],
];

const POLICY_FIELDS: Record<CoverageSection, Record<PolicyKey, Acord25FieldName | null>> = {
  gl: { letter: "GeneralLiability_InsurerLetterCode_A", number: "Policy_GeneralLiability_PolicyNumberIdentifier_A", effective: "Policy_GeneralLiability_EffectiveDate_A", expiration: "Policy_GeneralLiability_ExpirationDate_A", addl: "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A", subr: "Policy_GeneralLiability_SubrogationWaivedCode_A" },
  auto: { letter: "Vehicle_InsurerLetterCode_A", number: "Policy_AutomobileLiability_PolicyNumberIdentifier_A", effective: "Policy_AutomobileLiability_EffectiveDate_A", expiration: "Policy_AutomobileLiability_ExpirationDate_A", addl: "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A", subr: "Policy_AutomobileLiability_SubrogationWaivedCode_A" },
  umbrella: { letter: "ExcessUmbrella_InsurerLetterCode_A", number: "Policy_ExcessLiability_PolicyNumberIdentifier_A", effective: "Policy_ExcessLiability_EffectiveDate_A", expiration: "Policy_ExcessLiability_ExpirationDate_A", addl: "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A", subr: "Policy_ExcessLiability_SubrogationWaivedCode_A" },
  wc: { letter: "WorkersCompensationEmployersLiability_InsurerLetterCode_A", number: "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A", effective: "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A", expiration: "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A", addl: null, subr: "Policy_WorkersCompensation_SubrogationWaivedCode_A" },
};

const LIMIT_LABELS: Record<CoverageSection, [RegExp, Acord25FieldName][]> = {
  gl: [
    [/^(each|per) occurrence( limit)?$/, "GeneralLiability_EachOccurrence_LimitAmount_A"],
    [/^(damage to rented prem(ises)?|fire damage|rented premises)\b/, "GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A"],
    [/^med(ical)? exp(ense)?\b/, "GeneralLiability_MedicalExpense_EachPersonLimitAmount_A"],
    [/^personal (&|and) adv(ertising)? injury$/, "GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A"],
    [/^general aggregate( limit)?$/, "GeneralLiability_GeneralAggregate_LimitAmount_A"],
    [/^products\b/, "GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A"],
  ],
  auto: [
    [/^(combined single limit|csl)\b/, "Vehicle_CombinedSingleLimit_EachAccidentAmount_A"],
    [/^(bodily injury|bi) \(?per person\)?$/, "Vehicle_BodilyInjury_PerPersonLimitAmount_A"],
    [/^(bodily injury|bi) \(?per accident\)?$/, "Vehicle_BodilyInjury_PerAccidentLimitAmount_A"],
    [/^property damage\b/, "Vehicle_PropertyDamage_PerAccidentLimitAmount_A"],
  ],
  umbrella: [
    [/^(each|per) occurrence( limit)?$/, "ExcessUmbrella_Umbrella_EachOccurrenceAmount_A"],
    [/^(general )?aggregate( limit)?$/, "ExcessUmbrella_Umbrella_AggregateAmount_A"],
  ],
  wc: [
    [/^(e ?l|employers'? liability) each accident$/, "WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A"],
    [/^(e ?l|employers'? liability) disease (each|ea) employee$/, "WorkersCompensationEmployersLiability_EmployersLiability_DiseaseEachEmployeeLimitAmount_A"],
    [/^(e ?l|employers'? liability) disease policy limit$/, "WorkersCompensationEmployersLiability_EmployersLiability_DiseasePolicyLimitAmount_A"],
  ],
};

const TOP_LABELS: [RegExp, Acord25FieldName][] = [
  [/^(date issued|issue date|certificate date|date)$/, "Form_CompletionDate_A"],
  [/^certificate (no|number|#)$/, "CertificateOfInsurance_CertificateNumberIdentifier_A"],
  [/^(contact|contact name)$/, "Producer_ContactPerson_FullName_A"],
  [/^(phone|telephone|tel)$/, "Producer_ContactPerson_PhoneNumber_A"],
  [/^(fax)$/, "Producer_FaxNumber_A"],
  [/^(e mail|email|e mail address)$/, "Producer_ContactPerson_EmailAddress_A"],
];

export type LabelMeaning = { field: Acord25FieldName; kind: "limit" | "policy" | "top" } | { insurer: string };

/** What a label means in the section it is printed in, or null when it is not a label this reader knows. */
export function labelMeaning(label: string, section: Section): LabelMeaning | null {
  const t = norm(label);
  const insurer = /^insurer ([a-f])$/.exec(t);
  if (insurer) return { insurer: insurer[1].toUpperCase() };
  if (section === "gl" || section === "auto" || section === "umbrella" || section === "wc") {
    const policy = POLICY_LABELS.find(([re]) => re.test(t));
    const field = policy && POLICY_FIELDS[section][policy[1]];
    if (field) return { field, kind: "policy" };
    const limit = LIMIT_LABELS[section].find(([re]) => re.test(t));
    if (limit) return { field: limit[1], kind: "limit" };
  }
  const top = TOP_LABELS.find(([re]) => re.test(t));
  return top ? { field: top[1], kind: "top" } : null;
}

export const TABLE_COLUMNS: [RegExp, "type" | PolicyKey | "limits"][] = [
  [/^(type of insurance|coverage|type)$/, "type"],
  [/^(insr|insr ltr|insurer|ltr)$/, "letter"],
  [/^(addl|addl insd)$/, "addl"],
  [/^(subr|subr wvd)$/, "subr"],
  [/^policy (number|no|#)$/, "number"],
  [/^(effective|eff|policy eff)( date)?$/, "effective"],
  [/^(expiration|exp|policy exp)( date)?$/, "expiration"],
  [/^limits?$/, "limits"],
];

export function policyField(section: CoverageSection, key: PolicyKey): Acord25FieldName | null {
  return POLICY_FIELDS[section][key];
}
export function limitField(section: CoverageSection, label: string): Acord25FieldName | null {
  const t = norm(label);
  return LIMIT_LABELS[section].find(([re]) => re.test(t))?.[1] ?? null;
}
export type { PolicyKey };
