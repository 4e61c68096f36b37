import type { Address } from "../parsed-certificate";
import { REMARKS_CONTINUATION_FIELD } from "../acord25/field-names";
import { formatAmount, formatDate, type CertificateDescription } from "./description";

// A description → the value of each ACORD 25 field, printed the way `format` asks.

export type FieldValueMap = Map<string, string | boolean>;

export function descriptionToFieldValues(d: CertificateDescription): FieldValueMap {
  const v: FieldValueMap = new Map();
  const f = d.format;
  const put = (name: string, value: string | null | undefined) => {
    if (value != null && value !== "") v.set(name, value);
  };
  const date = (name: string, value: string | null) => put(name, value && formatDate(value, f.date));
  const amount = (name: string, value: number | null) => put(name, value === null ? null : formatAmount(value, f.amount));
  const flag = (name: string, value: boolean | null) => put(name, value ? f.yes : f.no);
  const box = (name: string, checked: boolean) => checked && v.set(name, true);
  const address = (prefix: string, a: Address) => {
    put(`${prefix}_MailingAddress_LineOne_A`, a.line1);
    put(`${prefix}_MailingAddress_LineTwo_A`, a.line2);
    put(`${prefix}_MailingAddress_CityName_A`, a.city);
    put(`${prefix}_MailingAddress_StateOrProvinceCode_A`, a.state);
    put(`${prefix}_MailingAddress_PostalCode_A`, a.postal_code);
  };
  type PolicyNames = [letter: string, addl: string | null, subr: string, num: string, eff: string, exp: string];
  const policy = (
    c: { insurer_letter: string | null; additional_insured: boolean | null; subrogation_waived: boolean | null;
      policy_number_string: string | null; policy_effective_date: string | null; policy_expiration_date: string | null },
    [letter, addl, subr, num, eff, exp]: PolicyNames,
  ) => {
    put(letter, c.insurer_letter);
    if (addl) flag(addl, c.additional_insured);
    flag(subr, c.subrogation_waived);
    put(num, c.policy_number_string);
    date(eff, c.policy_effective_date);
    date(exp, c.policy_expiration_date);
  };

  date("Form_CompletionDate_A", d.certificate_date);
  put("Form_EditionIdentifier_A", d.form_edition);
  put("CertificateOfInsurance_CertificateNumberIdentifier_A", d.certificate_number);
  put("CertificateOfInsurance_RevisionNumberIdentifier_A", d.revision_number);
  put("Producer_FullName_A", d.producer.name);
  address("Producer", d.producer.address);
  put("Producer_ContactPerson_FullName_A", d.producer.contact_name);
  put("Producer_ContactPerson_PhoneNumber_A", d.producer.phone);
  put("Producer_FaxNumber_A", d.producer.fax);
  put("Producer_ContactPerson_EmailAddress_A", d.producer.email);
  put("NamedInsured_FullName_A", d.insured.name);
  address("NamedInsured", d.insured.address);
  for (const i of d.insurers) {
    put(`Insurer_FullName_${i.letter}`, i.name);
    put(`Insurer_NAICCode_${i.letter}`, i.naic);
  }

  const gl = d.coverages.commercial_general_liability;
  if (gl) {
    const g = "GeneralLiability_";
    box(`${g}CoverageIndicator_A`, true);
    policy(gl, [`${g}InsurerLetterCode_A`, "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A",
      "Policy_GeneralLiability_SubrogationWaivedCode_A", "Policy_GeneralLiability_PolicyNumberIdentifier_A",
      "Policy_GeneralLiability_EffectiveDate_A", "Policy_GeneralLiability_ExpirationDate_A"]);
    box(`${g}OccurrenceIndicator_A`, gl.occurrence);
    box(`${g}ClaimsMadeIndicator_A`, gl.claims_made);
    gl.other_coverages.slice(0, 2).forEach((text, i) => {
      box(`${g}OtherCoverageIndicator_${"AB"[i]}`, true);
      put(`${g}OtherCoverageDescription_${"AB"[i]}`, text);
    });
    const per = { policy: "PerPolicy", project: "PerProject", location: "PerLocation", other: "ToOther" } as const;
    if (gl.aggregate_limit_applies_per) box(`${g}GeneralAggregate_LimitApplies${per[gl.aggregate_limit_applies_per]}Indicator_A`, true);
    put(`${g}GeneralAggregate_LimitAppliesToCode_A`, gl.aggregate_limit_applies_to_other);
    amount(`${g}EachOccurrence_LimitAmount_A`, gl.limits.each_occurrence_dollars);
    amount(`${g}FireDamageRentedPremises_EachOccurrenceLimitAmount_A`, gl.limits.damage_to_rented_premises_dollars);
    amount(`${g}MedicalExpense_EachPersonLimitAmount_A`, gl.limits.medical_expense_dollars);
    amount(`${g}PersonalAndAdvertisingInjury_LimitAmount_A`, gl.limits.personal_advertising_injury_dollars);
    amount(`${g}GeneralAggregate_LimitAmount_A`, gl.limits.general_aggregate_dollars);
    amount(`${g}ProductsAndCompletedOperations_AggregateLimitAmount_A`, gl.limits.products_completed_operations_dollars);
    const extra = gl.additional_limits[0];
    if (extra) {
      put(`${g}OtherCoverageLimitDescription_A`, extra.label);
      amount(`${g}OtherCoverageLimitAmount_A`, extra.amount_dollars);
    }
  }

  const auto = d.coverages.automobile_liability;
  if (auto) {
    policy(auto, ["Vehicle_InsurerLetterCode_A", "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A",
      "Policy_AutomobileLiability_SubrogationWaivedCode_A", "Policy_AutomobileLiability_PolicyNumberIdentifier_A",
      "Policy_AutomobileLiability_EffectiveDate_A", "Policy_AutomobileLiability_ExpirationDate_A"]);
    box("Vehicle_AnyAutoIndicator_A", auto.covered_autos.any_auto);
    box("Vehicle_AllOwnedAutosIndicator_A", auto.covered_autos.owned_autos_only);
    box("Vehicle_ScheduledAutosIndicator_A", auto.covered_autos.scheduled_autos);
    box("Vehicle_HiredAutosIndicator_A", auto.covered_autos.hired_autos_only);
    box("Vehicle_NonOwnedAutosIndicator_A", auto.covered_autos.non_owned_autos_only);
    auto.other_covered_autos.slice(0, 2).forEach((text, i) => {
      box(`Vehicle_OtherCoveredAutoIndicator_${"AB"[i]}`, true);
      put(`Vehicle_OtherCoveredAutoDescription_${"AB"[i]}`, text);
    });
    amount("Vehicle_CombinedSingleLimit_EachAccidentAmount_A", auto.limits.combined_single_limit_dollars);
    amount("Vehicle_BodilyInjury_PerPersonLimitAmount_A", auto.limits.bodily_injury_per_person_dollars);
    amount("Vehicle_BodilyInjury_PerAccidentLimitAmount_A", auto.limits.bodily_injury_per_accident_dollars);
    amount("Vehicle_PropertyDamage_PerAccidentLimitAmount_A", auto.limits.property_damage_dollars);
    const extra = auto.additional_limits[0];
    if (extra) {
      put("Vehicle_OtherCoverage_CoverageDescription_A", extra.label);
      amount("Vehicle_OtherCoverage_LimitAmount_A", extra.amount_dollars);
    }
  }

  const umb = d.coverages.umbrella_liability;
  if (umb) {
    const u = "ExcessUmbrella_";
    policy(umb, [`${u}InsurerLetterCode_A`, "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A",
      "Policy_ExcessLiability_SubrogationWaivedCode_A", "Policy_ExcessLiability_PolicyNumberIdentifier_A",
      "Policy_ExcessLiability_EffectiveDate_A", "Policy_ExcessLiability_ExpirationDate_A"]);
    box("Policy_PolicyType_UmbrellaIndicator_A", umb.policy_type === "umbrella");
    box("Policy_PolicyType_ExcessIndicator_A", umb.policy_type === "excess");
    box(`${u}OccurrenceIndicator_A`, umb.occurrence);
    box(`${u}ClaimsMadeIndicator_A`, umb.claims_made);
    box(`${u}DeductibleIndicator_A`, umb.deductible);
    box(`${u}RetentionIndicator_A`, umb.retention);
    amount(`${u}Umbrella_DeductibleOrRetentionAmount_A`, umb.deductible_or_retention_dollars);
    amount(`${u}Umbrella_EachOccurrenceAmount_A`, umb.limits.each_occurrence_dollars);
    amount(`${u}Umbrella_AggregateAmount_A`, umb.limits.aggregate_dollars);
    const extra = umb.additional_limits[0];
    if (extra) {
      put(`${u}OtherCoverageDescription_A`, extra.label);
      amount(`${u}OtherCoverageLimitAmount_A`, extra.amount_dollars);
    }
  }

  const wc = d.coverages.workers_compensation;
  if (wc) {
    const w = "WorkersCompensationEmployersLiability_";
    policy(wc, [`${w}InsurerLetterCode_A`, null, "Policy_WorkersCompensation_SubrogationWaivedCode_A",
      "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A",
      "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A",
      "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A"]);
    put(`${w}AnyPersonsExcludedIndicator_A`, wc.any_person_excluded === null ? null : wc.any_person_excluded ? "Y" : "N");
    box(`${w}WorkersCompensationStatutoryLimitIndicator_A`, wc.statutory);
    box(`${w}OtherCoverageIndicator_A`, wc.other_limit);
    put(`${w}OtherCoverageDescription_A`, wc.other_limit_description);
    amount(`${w}EmployersLiability_EachAccidentLimitAmount_A`, wc.limits.el_each_accident_dollars);
    amount(`${w}EmployersLiability_DiseaseEachEmployeeLimitAmount_A`, wc.limits.el_disease_each_employee_dollars);
    amount(`${w}EmployersLiability_DiseasePolicyLimitAmount_A`, wc.limits.el_disease_policy_limit_dollars);
  }

  const other = d.coverages.other?.[0];
  if (other) {
    policy(other, ["OtherPolicy_InsurerLetterCode_A", "CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A",
      "OtherPolicy_SubrogationWaivedCode_A", "OtherPolicy_PolicyNumberIdentifier_A",
      "OtherPolicy_PolicyEffectiveDate_A", "OtherPolicy_PolicyExpirationDate_A"]);
    put("OtherPolicy_OtherPolicyDescription_A", other.description);
    Object.entries(other.limits).slice(0, 3).forEach(([code, value], i) => {
      put(`OtherPolicy_CoverageCode_${"ABC"[i]}`, code);
      amount(`OtherPolicy_CoverageLimitAmount_${"ABC"[i]}`, value);
    });
  }

  put("CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", d.description_of_operations.text);
  put(REMARKS_CONTINUATION_FIELD, d.description_of_operations.continuation);
  put("Producer_AuthorizedRepresentative_Signature_A", d.authorized_representative);
  put("CertificateHolder_FullName_A", d.certificate_holder.name);
  address("CertificateHolder", d.certificate_holder.address);
  return v;
}
