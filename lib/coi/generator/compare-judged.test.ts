import { describe, expect, it } from "vitest";
import { compareJudged } from "./compare-judged";
import { expectedParsed } from "./expected";
import { sampleCertificate } from "./sample";

const NOW = new Date("2025-01-15T12:00:00Z");
const read = expectedParsed(sampleCertificate({ now: NOW }));

describe("compareJudged", () => {
  it("judges only the keys the truth holds, nested ones included", () => {
    const outcomes = compareJudged(read, {
      file: "x",
      insured: { name: "Acme Corporation LLC" },
      coverages: { commercial_general_liability: { limits: { each_occurrence_dollars: 1_000_000, medical_expense_dollars: 5_000 } } },
    });
    expect(outcomes.map((o) => [o.path, o.ok])).toEqual([
      ["insured.name", true],
      ["coverages.commercial_general_liability.limits.each_occurrence_dollars", true],
      ["coverages.commercial_general_liability.limits.medical_expense_dollars", false],
    ]);
    // 10,000 read where 5,000 is printed: a limit misread.
    expect(outcomes[2]).toMatchObject({ read: 10_000, truth: 5_000, limitMisread: true });
  });

  it("judges insurers as one list of {letter, name, naic}, in any order, and a null truth against an absent value", () => {
    const insurers = [...read.insurers].reverse().map(({ letter, name, naic }) => ({ letter, name, naic }));
    const [list, missing] = compareJudged(read, { insurers, coverages: { other_coverage: { policy_number_string: null } } });
    expect(list).toMatchObject({ path: "insurers", ok: true });
    expect(missing).toMatchObject({ path: "coverages.other_coverage.policy_number_string", ok: true, read: null });
    const [wrong] = compareJudged(read, { insurers: insurers.slice(1) });
    expect(wrong.ok).toBe(false);
  });

  it("judges additional insured names as a list, and everything as wrong when nothing was read", () => {
    const names = { description_of_operations: { additional_insured_names: ["Client Corp Inc"], signature: true } };
    expect(compareJudged(read, names).every((o) => o.ok)).toBe(true);
    expect(compareJudged(null, names).map((o) => o.ok)).toEqual([false, false]);
  });
});
