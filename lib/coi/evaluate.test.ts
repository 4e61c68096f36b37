import { describe, expect, it } from "vitest";
import { evaluateCertificate, summarizeStatus, type EvaluateInput } from "./evaluate";
import { daysFrom, expectedParsed, sampleCertificate } from "./generator";
import type { ParsedCertificate } from "./parsed-certificate";
import type { InsuranceRules } from "./rules";

const NOW = new Date("2025-01-15T12:00:00Z");
const CONTRACTOR = { first_name: "Jane", last_name: "Doe", company_name: "Acme Corporation LLC" };

function parsedSample(): ParsedCertificate {
  return expectedParsed(sampleCertificate({ now: NOW }));
}

function run(rules: InsuranceRules, parsed = parsedSample(), extra: Partial<EvaluateInput> = {}) {
  return evaluateCertificate({ parsed, rules, contractor: CONTRACTOR, now: NOW, ...extra });
}

const FULL_RULES: InsuranceRules = {
  signature_required: true,
  insured_name_matches_contractor: true,
  certificate_holder_name: "Client Corp Inc.",
  additional_insured_names: ["Client Corp Inc."],
  min_days_until_expiration: 30,
  coverages: {
    workers_compensation: { required: true, limits: { el_each_accident_dollars: 1_000_000 } },
    commercial_general_liability: {
      subrogation_waiver_required: true,
      additional_insured_required: true,
      limits: { general_aggregate_dollars: 2_000_000, each_occurrence_dollars: 1_000_000 },
      required: true,
    },
  },
};

describe("evaluateCertificate", () => {
  it("passes the sample against a full requirement, one outcome per rule in a fixed order", () => {
    const outcomes = run(FULL_RULES);
    expect(outcomes.map((o) => [o.rule_path, o.rule_name, o.result])).toEqual([
      ["coverages.commercial_general_liability", null, "pass"],
      ["coverages.commercial_general_liability.limits.each_occurrence_dollars", null, "pass"],
      ["coverages.commercial_general_liability.limits.general_aggregate_dollars", null, "pass"],
      ["coverages.commercial_general_liability.policy_expiration_date", null, "pass"],
      ["coverages.commercial_general_liability.additional_insured", null, "pass"],
      ["coverages.commercial_general_liability.subrogation_waived", null, "pass"],
      ["coverages.workers_compensation", null, "pass"],
      ["coverages.workers_compensation.limits.el_each_accident_dollars", null, "pass"],
      ["coverages.workers_compensation.policy_expiration_date", null, "pass"],
      ["description_of_operations.additional_insured_names", "Additional Insured Check", "pass"],
      ["certificate_holder.name", "Certificate Holder Check", "pass"],
      ["insured.name", "Insured Name Check", "pass"],
      ["description_of_operations.signature", "Signature Check", "pass"],
    ]);
    expect(outcomes[2].message).toBe(
      "Coverage for commercial general liability is sufficient. The limit for general aggregate is $2,000,000, which meets the required $2,000,000.",
    );
    expect(run(FULL_RULES)).toEqual(outcomes);
  });

  it("fails a limit below the requirement, saying what was found and required", () => {
    const parsed = parsedSample();
    parsed.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
    const [outcome] = run({ coverages: { commercial_general_liability: { limits: { each_occurrence_dollars: 1_000_000 } } } }, parsed);
    expect(outcome).toEqual({
      rule_path: "coverages.commercial_general_liability.limits.each_occurrence_dollars",
      rule_name: null,
      result: "fail",
      message: "Coverage for commercial general liability is insufficient. The limit for each occurrence is $500,000, which is below the required $1,000,000.",
    });
  });

  it("fails a limit that is not printed", () => {
    const [outcome] = run({ coverages: { automobile_liability: { limits: { property_damage_dollars: 100_000 } } } });
    expect(outcome.result).toBe("fail");
    expect(outcome.message).toBe(
      "Coverage for automobile liability is insufficient. The limit for property damage is not printed on the certificate; the required limit is $100,000.",
    );
  });

  it("fails a required coverage that is absent, once, without limit outcomes", () => {
    const parsed = parsedSample();
    delete parsed.coverages.workers_compensation;
    const outcomes = run({ coverages: { workers_compensation: { required: true, limits: { el_each_accident_dollars: 1 } } } }, parsed);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ rule_path: "coverages.workers_compensation", result: "fail" });
    expect(outcomes[0].message).toContain("does not list a workers compensation policy");
  });

  it("lets an optional coverage be absent", () => {
    const parsed = parsedSample();
    delete parsed.coverages.umbrella_liability;
    const outcomes = run({ coverages: { umbrella_liability: { limits: { each_occurrence_dollars: 5_000_000 } } } }, parsed);
    expect(outcomes).toEqual([expect.objectContaining({ rule_path: "coverages.umbrella_liability", result: "pass" })]);
    expect(run({ coverages: { umbrella_liability: {} } }, parsed)).toEqual([]);
  });

  it("fails an expired policy in the source documents' words", () => {
    const parsed = parsedSample();
    parsed.coverages.workers_compensation!.policy_expiration_date = "06/30/2024";
    const [, expiration] = run({ coverages: { workers_compensation: { required: true } } }, parsed);
    expect(expiration.rule_path).toBe("coverages.workers_compensation.policy_expiration_date");
    expect(expiration.result).toBe("fail");
    expect(expiration.message).toMatch(
      /^Coverage for workers compensation has expired 'policy expiration date'\. Policy expired on 06\/30\/2024\. A policy that has not expired is required\.$/,
    );
  });

  it("fails a required coverage with no expiration date", () => {
    const parsed = parsedSample();
    parsed.coverages.commercial_general_liability!.policy_expiration_date = null;
    const outcomes = run({ coverages: { commercial_general_liability: { required: true } }, min_days_until_expiration: 10 }, parsed);
    expect(outcomes[1]).toMatchObject({ rule_path: "coverages.commercial_general_liability.policy_expiration_date", result: "fail" });
    expect(outcomes[1].message).toContain("no policy expiration date printed");
    expect(outcomes[1].message).toContain("at least 10 days from today (through 01/25/2025)");
  });

  describe("expiration edges (today is 01/15/2025)", () => {
    function expirationResult(expires: string, minDays?: number) {
      const parsed = parsedSample();
      parsed.coverages.commercial_general_liability!.policy_expiration_date = expires;
      const rules: InsuranceRules = { coverages: { commercial_general_liability: { required: true } } };
      if (minDays !== undefined) rules.min_days_until_expiration = minDays;
      return run(rules, parsed)[1];
    }

    it("a policy expiring today has not expired when no notice is required", () => {
      expect(expirationResult("01/15/2025").result).toBe("pass");
      expect(expirationResult("01/15/2025", 0).message).toContain("expires on 01/15/2025, today");
    });
    it("a policy expiring today fails a 1-day minimum", () => {
      expect(expirationResult("01/15/2025", 1)).toMatchObject({ result: "fail" });
      expect(expirationResult("01/15/2025", 1).message).toContain("expires too soon");
    });
    it("a policy expiring tomorrow meets 1 day but not 2", () => {
      expect(expirationResult("01/16/2025", 1).result).toBe("pass");
      expect(expirationResult("01/16/2025", 2).result).toBe("fail");
    });
    it("yesterday is expired", () => {
      expect(expirationResult("01/14/2025").message).toContain("has expired");
    });
    it("uses the UTC calendar day of now", () => {
      const parsed = parsedSample();
      parsed.coverages.commercial_general_liability!.policy_expiration_date = "01/15/2025";
      const late = run({ coverages: { commercial_general_liability: { required: true } } }, parsed, {
        now: new Date("2025-01-16T00:30:00Z"),
      });
      expect(late[1].result).toBe("fail");
    });
  });

  it("only checks expiration of required coverages", () => {
    const outcomes = run({ coverages: { automobile_liability: { limits: { combined_single_limit_dollars: 1 } } }, min_days_until_expiration: 999 });
    expect(outcomes.map((o) => o.rule_path)).toEqual(["coverages.automobile_liability.limits.combined_single_limit_dollars"]);
  });

  it("fails missing ADDL INSD / SUBR WVD marks, and workers compensation's missing ADDL INSD box", () => {
    const parsed = parsedSample();
    parsed.coverages.automobile_liability!.additional_insured = false;
    const outcomes = run({
      coverages: {
        automobile_liability: { additional_insured_required: true, subrogation_waiver_required: true },
        workers_compensation: { additional_insured_required: true },
      },
    }, parsed);
    expect(outcomes.map((o) => [o.rule_path, o.result])).toEqual([
      ["coverages.automobile_liability.additional_insured", "fail"],
      ["coverages.automobile_liability.subrogation_waived", "pass"],
      ["coverages.workers_compensation.additional_insured", "fail"],
    ]);
    expect(outcomes[0].message).toContain("blank or marked N");
    expect(outcomes[2].message).toContain("no ADDL INSD box");
  });

  describe("names", () => {
    const rules: InsuranceRules = {
      additional_insured_names: ["CLIENT CORP, INC"],
      certificate_holder_name: "client corp inc",
      insured_name_matches_contractor: true,
    };

    it("match across case, punctuation, suffixes and accents", () => {
      const parsed = parsedSample();
      parsed.insured.name = "Acme Corp.";
      expect(run(rules, parsed).map((o) => o.result)).toEqual(["pass", "pass", "pass"]);
      parsed.certificate_holder.name = "Société Générale, Inc.";
      expect(run({ certificate_holder_name: "Societe Generale Inc" }, parsed)[0].result).toBe("pass");
    });

    it("a near-miss company does not pass", () => {
      const parsed = parsedSample();
      parsed.certificate_holder.name = "Client Corp Holdings Inc.";
      parsed.insured.name = "Acme Corporation West LLC";
      parsed.description_of_operations.additional_insured_names = ["Client Corp Holdings Inc"];
      const outcomes = run(rules, parsed);
      expect(outcomes.map((o) => o.result)).toEqual(["fail", "fail", "fail"]);
      expect(outcomes[0].message).toContain('does not name "CLIENT CORP, INC" as additional insured');
      expect(outcomes[0].message).toContain('found in the description of operations: "Client Corp Holdings Inc"');
      expect(outcomes[1].message).toBe(
        'The certificate holder is "Client Corp Holdings Inc.", which does not match the required "client corp inc".',
      );
      expect(outcomes[2].message).toContain('"Acme Corporation West LLC", which does not match');
    });

    it("the insured may be the contractor's personal name", () => {
      const parsed = parsedSample();
      parsed.insured.name = "Doe, Jane";
      expect(run({ insured_name_matches_contractor: true }, parsed)[0].result).toBe("pass");
    });

    it("fails when nothing is printed", () => {
      const parsed = parsedSample();
      parsed.certificate_holder.name = null;
      parsed.insured.name = null;
      parsed.description_of_operations.additional_insured_names = [];
      const outcomes = run(rules, parsed);
      expect(outcomes.map((o) => o.result)).toEqual(["fail", "fail", "fail"]);
      expect(outcomes[0].message).toContain("found in the description of operations: none");
    });
  });

  it("checks the signature", () => {
    const parsed = parsedSample();
    expect(run({ signature_required: true }, parsed)[0].result).toBe("pass");
    parsed.description_of_operations.signature = false;
    expect(run({ signature_required: true }, parsed)[0]).toMatchObject({ result: "fail", rule_name: "Signature Check" });
    expect(run({ signature_required: false }, parsed)).toEqual([]);
  });

  it("sends values read with low confidence to manual review, even when they would pass", () => {
    const confidence = {
      "coverages.commercial_general_liability.limits.each_occurrence_dollars": 0.62,
      "coverages.commercial_general_liability.policy_expiration_date": 0.95,
      "certificate_holder.name": 0.5,
    };
    const outcomes = run(
      {
        coverages: { commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000 } } },
        certificate_holder_name: "Client Corp Inc.",
      },
      parsedSample(),
      { confidence },
    );
    expect(outcomes.map((o) => o.result)).toEqual(["pass", "fail", "pass", "fail"]);
    expect(outcomes[1].message).toBe(
      "Coverage for commercial general liability needs manual review. The limit for each occurrence was read as $1,000,000 with low confidence (62%), so it cannot be confirmed against the required $1,000,000. Please review the certificate manually.",
    );
    expect(outcomes[3].message).toContain("could not be read with confidence (50%)");
  });

  it("says a printed value could not be read when its confidence is zero", () => {
    const parsed = parsedSample();
    parsed.coverages.commercial_general_liability!.limits.each_occurrence_dollars = null;
    const [outcome] = run({ coverages: { commercial_general_liability: { limits: { each_occurrence_dollars: 1 } } } }, parsed, {
      confidence: { "coverages.commercial_general_liability.limits.each_occurrence_dollars": 0 },
    });
    expect(outcome.result).toBe("fail");
    expect(outcome.message).toContain("The limit for each occurrence is printed but could not be read");
  });

  it("sample dates stay current relative to now", () => {
    expect(parsedSample().coverages.commercial_general_liability!.policy_expiration_date).toBe(daysFrom(NOW, 275));
  });
});

describe("summarizeStatus", () => {
  it("approves when every rule passed or was manually approved", () => {
    expect(summarizeStatus([])).toBe("approved");
    expect(summarizeStatus([{ result: "pass" }, { result: "fail", manually_approved: true }])).toBe("approved");
    expect(summarizeStatus([{ result: "pass" }, { result: "fail" }], new Set([1]))).toBe("approved");
    expect(summarizeStatus([{ result: "pass" }, { result: "fail" }])).toBe("flagged");
  });
});
