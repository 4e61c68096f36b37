import { describe, expect, it } from "vitest";
import { generalLiabilitySchema, automobileLiabilitySchema, umbrellaLiabilitySchema, workersCompensationSchema } from "./parsed-certificate";
import { COVERAGE_KEYS, LIMIT_KEYS, insuranceRulesSchema } from "./rules";

const full = {
  coverages: {
    commercial_general_liability: {
      required: true,
      limits: { each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 },
      additional_insured_required: true,
      subrogation_waiver_required: true,
    },
    workers_compensation: { required: true },
  },
  min_days_until_expiration: 30,
  additional_insured_names: ["Client Corp Inc."],
  certificate_holder_name: "Client Corp Inc.",
  insured_name_matches_contractor: true,
  signature_required: true,
};

function issues(input: unknown) {
  const result = insuranceRulesSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues;
}

describe("insuranceRulesSchema", () => {
  it("accepts the contract's example and an empty object", () => {
    expect(insuranceRulesSchema.parse(full)).toEqual(full);
    expect(insuranceRulesSchema.parse({})).toEqual({});
  });

  it("rejects a misspelt limit key with its path", () => {
    const [issue] = issues({ coverages: { commercial_general_liability: { limits: { each_occurence_dollars: 1 } } } });
    expect(issue.code).toBe("unrecognized_keys");
    expect(issue.path).toEqual(["coverages", "commercial_general_liability", "limits"]);
    expect(issue.message).toContain("each_occurence_dollars");
  });

  it("rejects a limit key of another coverage", () => {
    const [issue] = issues({ coverages: { automobile_liability: { limits: { each_occurrence_dollars: 1 } } } });
    expect(issue.path).toEqual(["coverages", "automobile_liability", "limits"]);
  });

  it("rejects unknown coverages and top-level keys", () => {
    expect(issues({ coverages: { general_liability: {} } })[0].path).toEqual(["coverages"]);
    expect(issues({ certificate_holder: "x" })[0].code).toBe("unrecognized_keys");
    expect(issues({ coverages: { workers_compensation: { requried: true } } })[0].path).toEqual(["coverages", "workers_compensation"]);
  });

  it.each([0, -5, 1.5, "1000000", null])("rejects the limit %j", (value) => {
    const [issue] = issues({ coverages: { umbrella_liability: { limits: { aggregate_dollars: value } } } });
    expect(issue.path).toEqual(["coverages", "umbrella_liability", "limits", "aggregate_dollars"]);
  });

  it("rejects negative or fractional days and empty names", () => {
    expect(issues({ min_days_until_expiration: -1 })[0].path).toEqual(["min_days_until_expiration"]);
    expect(issues({ min_days_until_expiration: 2.5 })[0].path).toEqual(["min_days_until_expiration"]);
    expect(issues({ additional_insured_names: ["  "] })[0].path).toEqual(["additional_insured_names", 0]);
    expect(issues({ certificate_holder_name: "" })[0].path).toEqual(["certificate_holder_name"]);
  });

  it("exports the same coverage and limit keys the schemas use", () => {
    const coverageShape = insuranceRulesSchema.shape.coverages.unwrap().shape;
    expect(Object.keys(coverageShape)).toEqual([...COVERAGE_KEYS]);
    const parsedLimits = {
      commercial_general_liability: generalLiabilitySchema,
      automobile_liability: automobileLiabilitySchema,
      umbrella_liability: umbrellaLiabilitySchema,
      workers_compensation: workersCompensationSchema,
    };
    for (const key of COVERAGE_KEYS) {
      expect(Object.keys(parsedLimits[key].shape.limits.shape)).toEqual([...LIMIT_KEYS[key]]);
      expect(Object.keys(coverageShape[key].unwrap().shape.limits.unwrap().shape)).toEqual([...LIMIT_KEYS[key]]);
    }
  });
});
