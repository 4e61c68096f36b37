import { describe, expect, it } from "vitest";
import { sourcesFor } from "./sources";

const box = (page: number) => ({ page, box: [1, 2, 3, 4], page_size: [612, 792] });

describe("sourcesFor", () => {
  const sources = {
    "insured.name": box(1),
    "coverages.workers_compensation.policy_expiration_date": box(1),
    "coverages.workers_compensation.limits.el_each_accident_dollars": box(2),
    "coverages.workers_compensation_other": box(1),
  };
  it("finds a leaf and every source under a branch, but not a sibling sharing a prefix", () => {
    expect(sourcesFor(sources, "insured.name")).toHaveLength(1);
    expect(sourcesFor(sources, "coverages.workers_compensation").map((s) => s.page)).toEqual([1, 2]);
    expect(sourcesFor(sources, "nothing")).toEqual([]);
    expect(sourcesFor(null, "insured.name")).toEqual([]);
  });
});
