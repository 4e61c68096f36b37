import { describe, expect, it } from "vitest";
import { parseAmount } from "../../normalize";
import { expand, norm } from "./phrases";
import { amountAtStart, findDates, isNotAmount, readDate, readPeriod } from "./values";

// The printed forms carriers' and platforms' layouts use for dates, periods and amounts.

describe("dates", () => {
  it.each([
    ["1/5/2025", "01/05/2025"], ["01/05/25", "01/05/2025"], ["2025-01-05", "01/05/2025"], ["January 5, 2025", "01/05/2025"],
    ["Jan 5 2025", "01/05/2025"], ["Jan. 5, 2025", "01/05/2025"], ["5 January 2025", "01/05/2025"], ["October 07, 2025", "10/07/2025"],
    ["Sept 30, 2025", "09/30/2025"], ["March 1st, 2026", "03/01/2026"],
  ])("reads %s as %s", (printed, date) => expect(readDate(printed)).toBe(date));

  it.each(["Feb 30, 2025", "Mayo 5, 2025", "13/01/2025", "TBD", "MM/DD/YYYY"])("refuses %s", (printed) => expect(readDate(printed)).toBeNull());

  it("finds each date in a line, where it is", () => {
    expect(findDates("Effective 01/05/2025 12:01 AM, expires Jan 5, 2026")).toEqual([
      { start: 10, end: 20, value: "01/05/2025" },
      { start: 39, end: 50, value: "01/05/2026" },
    ]);
  });

  it.each(["01/05/2025 - 01/05/2026", "01/05/2025 – 01/05/2026", "January 5, 2025 to January 5, 2026", "From 2025-01-05 through 2026-01-05"])(
    "reads the policy period %s",
    (printed) => expect(readPeriod(printed)?.map((d) => d.value)).toEqual(["01/05/2025", "01/05/2026"]),
  );

  it("does not take two dates with words between for a period", () => {
    expect(readPeriod("01/05/2025 and renewed 01/05/2026")).toBeNull();
  });
});

describe("amounts", () => {
  it.each([
    ["$1,000,000", 1_000_000], ["1,000,000", 1_000_000], ["$1M", 1_000_000], ["$1 million", 1_000_000], ["1000000", 1_000_000],
    ["$ 2,000,000 General Aggregate", 2_000_000], ["$2.5 MM", 2_500_000],
  ])("reads the amount at the start of %s", (printed, amount) => expect(amountAtStart(printed)?.value).toBe(amount));

  it.each(["2025-03-14", "08/03/2025", "1,00,000", "GL-3310-0042", "Statutory"])("finds no amount in %s", (printed) =>
    expect(amountAtStart(printed)).toBeNull(),
  );

  it.each(["Statutory", "Per Statute", "Included", "N/A", "See attached", "Not Covered", "Excluded"])("%s is printed where an amount goes, but is none", (printed) => {
    expect(isNotAmount(printed)).toBe(true);
    expect(parseAmount(printed)).toBeNull();
  });
});

describe("label phrases", () => {
  it("compares labels without case or punctuation, undoing OCR's 0-for-o", () => {
    expect(norm("Med. Exp. (Any one person):")).toBe("med exp any one person");
    expect(norm("PR0DUCER")).toBe("producer");
    expect(norm("Policy#")).toBe("policy #");
  });

  it("expands alternatives and optional words", () => {
    expect(expand("(each|per) occurrence [limit]").sort()).toEqual(["each occurrence", "each occurrence limit", "per occurrence", "per occurrence limit"]);
  });
});
