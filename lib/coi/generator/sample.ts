import { dayNumberOf, dayNumberToUsDate } from "../normalize";
import { DEFAULT_FORMAT, type CertificateDescription, type CertificateFormat } from "./description";

// A realistic, fully filled certificate for tests and the demo seed. Policy dates are relative to `now`, so the
// sample stays current: policies began 90 days ago and run about nine more months.

export type SampleOverrides = Partial<Omit<CertificateDescription, "format">> & {
  format?: Partial<CertificateFormat>;
  /** The day the certificate is issued; policy dates are counted from it. Default: the current time. */
  now?: Date;
};

/** `MM/DD/YYYY`, `days` after `now`'s UTC calendar day. */
export function daysFrom(now: Date, days: number): string {
  return dayNumberToUsDate(dayNumberOf(now) + days);
}

export function sampleCertificate(overrides: SampleOverrides = {}): CertificateDescription {
  const { now = new Date(), format, ...rest } = overrides;
  const effective = daysFrom(now, -90);
  const expiration = daysFrom(now, 275);
  const issued = daysFrom(now, 0);
  const sample: CertificateDescription = {
    certificate_date: issued,
    certificate_number: `COI-${issued.slice(6)}${issued.slice(0, 2)}${issued.slice(3, 5)}-0042`,
    revision_number: null,
    form_edition: "ACORD 25 (2016/03)",
    producer: {
      name: "Northwind Insurance Brokers, LLC",
      address: { line1: "500 Market Street", line2: "Suite 1200", city: "San Francisco", state: "CA", postal_code: "94105" },
      contact_name: "Dana Whitfield",
      phone: "(415) 555-0142",
      fax: "(415) 555-0143",
      email: "certs@northwind-brokers.example",
    },
    insured: {
      name: "Acme Corporation LLC",
      address: { line1: "42 Industrial Way", line2: null, city: "Oakland", state: "CA", postal_code: "94607" },
    },
    insurers: [
      { letter: "A", name: "Harborline Casualty Company", naic: "24015" },
      { letter: "B", name: "Summit Ridge Insurance Company", naic: "31210" },
      { letter: "C", name: "Bayview Workers Mutual", naic: "40877" },
    ],
    coverages: {
      commercial_general_liability: {
        insurer_letter: "A",
        policy_number_string: "CGL-2024-001",
        policy_effective_date: effective,
        policy_expiration_date: expiration,
        additional_insured: true,
        subrogation_waived: true,
        occurrence: true,
        claims_made: false,
        other_coverages: [],
        aggregate_limit_applies_per: "policy",
        aggregate_limit_applies_to_other: null,
        limits: {
          each_occurrence_dollars: 1_000_000,
          damage_to_rented_premises_dollars: 100_000,
          medical_expense_dollars: 10_000,
          personal_advertising_injury_dollars: 1_000_000,
          general_aggregate_dollars: 2_000_000,
          products_completed_operations_dollars: 2_000_000,
        },
        additional_limits: [],
      },
      automobile_liability: {
        insurer_letter: "B",
        policy_number_string: "BA-7781204",
        policy_effective_date: effective,
        policy_expiration_date: expiration,
        additional_insured: true,
        subrogation_waived: true,
        covered_autos: {
          any_auto: true,
          owned_autos_only: false,
          scheduled_autos: false,
          hired_autos_only: false,
          non_owned_autos_only: false,
        },
        other_covered_autos: [],
        limits: {
          combined_single_limit_dollars: 1_000_000,
          bodily_injury_per_person_dollars: null,
          bodily_injury_per_accident_dollars: null,
          property_damage_dollars: null,
        },
        additional_limits: [],
      },
      umbrella_liability: {
        insurer_letter: "A",
        policy_number_string: "UMB-5550123",
        policy_effective_date: effective,
        policy_expiration_date: expiration,
        additional_insured: true,
        subrogation_waived: true,
        policy_type: "umbrella",
        occurrence: true,
        claims_made: false,
        deductible: false,
        retention: true,
        deductible_or_retention_dollars: 10_000,
        limits: { each_occurrence_dollars: 5_000_000, aggregate_dollars: 5_000_000 },
        additional_limits: [],
      },
      workers_compensation: {
        insurer_letter: "C",
        policy_number_string: "WC-789456",
        policy_effective_date: daysFrom(now, -150),
        policy_expiration_date: daysFrom(now, 215),
        additional_insured: null,
        subrogation_waived: true,
        statutory: true,
        other_limit: false,
        other_limit_description: null,
        any_person_excluded: false,
        limits: {
          el_each_accident_dollars: 1_000_000,
          el_disease_each_employee_dollars: 1_000_000,
          el_disease_policy_limit_dollars: 1_000_000,
        },
      },
    },
    description_of_operations: {
      text:
        "Re: All operations of the named insured. Client Corp Inc. is included as additional insured with respect " +
        "to general liability, automobile liability and umbrella liability when required by written contract. " +
        "Waiver of subrogation applies in favor of the certificate holder where permitted by law.",
      continuation: null,
      additional_insured_names: ["Client Corp Inc"],
      waiver_of_subrogation: true,
    },
    authorized_representative: "Dana Whitfield",
    certificate_holder: {
      name: "Client Corp Inc.",
      address: { line1: "100 Main Street", line2: "Floor 5", city: "New York", state: "NY", postal_code: "10001" },
    },
    format: DEFAULT_FORMAT,
  };
  return { ...sample, ...rest, format: { ...DEFAULT_FORMAT, ...format } };
}
