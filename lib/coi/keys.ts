// The coverage and limit keys of `parsed_certificate_json`, shared by the certificate schema, the rules schema,
// the evaluator and the dashboard's requirement form. One list, so a new limit cannot be half-added.

export const COVERAGE_KEYS = [
  "commercial_general_liability",
  "automobile_liability",
  "umbrella_liability",
  "workers_compensation",
] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];

export const LIMIT_KEYS = {
  commercial_general_liability: [
    "each_occurrence_dollars",
    "damage_to_rented_premises_dollars",
    "medical_expense_dollars",
    "personal_advertising_injury_dollars",
    "general_aggregate_dollars",
    "products_completed_operations_dollars",
  ],
  automobile_liability: [
    "combined_single_limit_dollars",
    "bodily_injury_per_person_dollars",
    "bodily_injury_per_accident_dollars",
    "property_damage_dollars",
  ],
  umbrella_liability: ["each_occurrence_dollars", "aggregate_dollars"],
  workers_compensation: [
    "el_each_accident_dollars",
    "el_disease_each_employee_dollars",
    "el_disease_policy_limit_dollars",
  ],
} as const satisfies Record<CoverageKey, readonly string[]>;
export type LimitKey<C extends CoverageKey = CoverageKey> = (typeof LIMIT_KEYS)[C][number];

/** How messages name a coverage ("Coverage for commercial general liability is …"). */
export const COVERAGE_LABELS: Record<CoverageKey, string> = {
  commercial_general_liability: "commercial general liability",
  automobile_liability: "automobile liability",
  umbrella_liability: "umbrella liability",
  workers_compensation: "workers compensation",
};

/** How messages name a limit ("The limit for general aggregate is …"). */
export const LIMIT_LABELS: { [C in CoverageKey]: Record<LimitKey<C>, string> } = {
  commercial_general_liability: {
    each_occurrence_dollars: "each occurrence",
    damage_to_rented_premises_dollars: "damage to rented premises",
    medical_expense_dollars: "medical expense",
    personal_advertising_injury_dollars: "personal and advertising injury",
    general_aggregate_dollars: "general aggregate",
    products_completed_operations_dollars: "products and completed operations aggregate",
  },
  automobile_liability: {
    combined_single_limit_dollars: "combined single limit",
    bodily_injury_per_person_dollars: "bodily injury per person",
    bodily_injury_per_accident_dollars: "bodily injury per accident",
    property_damage_dollars: "property damage",
  },
  umbrella_liability: { each_occurrence_dollars: "each occurrence", aggregate_dollars: "aggregate" },
  workers_compensation: {
    el_each_accident_dollars: "employers liability each accident",
    el_disease_each_employee_dollars: "employers liability disease each employee",
    el_disease_policy_limit_dollars: "employers liability disease policy limit",
  },
};
