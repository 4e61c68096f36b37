import { describe, expect, it } from "vitest";
import { rulesFromForm } from "./rules-form";

describe("rulesFromForm", () => {
  it("builds the rules object the API validates, leaving out what was not set", () => {
    const form = new FormData();
    form.set("coverages.commercial_general_liability.required", "on");
    form.set("coverages.commercial_general_liability.limits.each_occurrence_dollars", "$1,000,000");
    form.set("coverages.workers_compensation.required", "on");
    form.set("min_days_until_expiration", "30");
    form.set("additional_insured_names", "Client Corp Inc.\n\n Other LLC ");
    form.set("signature_required", "on");
    const parsed = rulesFromForm(form);
    expect(parsed.success && parsed.data).toEqual({
      coverages: {
        commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000 } },
        workers_compensation: { required: true },
      },
      min_days_until_expiration: 30,
      additional_insured_names: ["Client Corp Inc.", "Other LLC"],
      signature_required: true,
    });
  });
  it("reports a bad amount with its path", () => {
    const form = new FormData();
    form.set("coverages.automobile_liability.limits.combined_single_limit_dollars", "-5");
    const parsed = rulesFromForm(form);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path.join(".")).toBe("coverages.automobile_liability.limits.combined_single_limit_dollars");
  });
});
