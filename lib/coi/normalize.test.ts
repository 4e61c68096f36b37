import { describe, expect, it } from "vitest";
import {
  cleanText, dayNumberOf, formatDollars, isCheckboxChecked, parseAmount, parseDate, parseYesNo, parseYesNoOrBlank,
  usDateToDayNumber,
} from "./normalize";

describe("parseAmount", () => {
  it.each([
    ["$ 1,000,000", 1_000_000],
    ["$1,000,000", 1_000_000],
    ["1000000", 1_000_000],
    ["1,000,000", 1_000_000],
    ["1,000,000.00", 1_000_000],
    [" $2,000,000 ", 2_000_000],
    ["USD 500,000", 500_000],
    ["$1M", 1_000_000],
    ["$2.5 MM", 2_500_000],
    ["500K", 500_000],
    ["1 million", 1_000_000],
    ["0", 0],
    ["$\u00a01,000,000", 1_000_000],
  ])("reads %j as %d", (raw, expected) => {
    expect(parseAmount(raw)).toBe(expected);
  });

  it.each([
    "", "   ", "Included", "Statutory", "See attached", "N/A", "$", "-1,000,000", "(1,000,000)",
    "1,00,000", "10,00", "1.000.000", "1,000,000.50", "1,000,000.5", "$1,000,000 CSL", "1,000,000 / 2,000,000",
    "1.0000001M", "12e6", "1 000 000", "$$1,000", "1,000,", ",100",
  ])("refuses %j rather than guess", (raw) => {
    expect(parseAmount(raw)).toBeNull();
  });

  it("refuses null and undefined", () => {
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount(undefined)).toBeNull();
  });
});

describe("parseDate", () => {
  it.each([
    ["06/30/2024", "06/30/2024"],
    ["6/3/2024", "06/03/2024"],
    ["06/30/24", "06/30/2024"],
    ["2024-06-30", "06/30/2024"],
    ["06-30-2024", "06/30/2024"],
    ["02/29/2024", "02/29/2024"],
    ["12/31/99", "12/31/1999"],
    [" 01/15/2025 ", "01/15/2025"],
  ])("reads %j as %s", (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each([
    "02/29/2023", "02/30/2024", "13/01/2024", "00/10/2024", "06/31/2024", "2024-13-01", "2024-6-30",
    "30/06/2024", "June 30, 2024", "06/30", "06/30/2024/1", "6/30-2024", "", "TBD",
  ])("refuses %j", (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe("day numbers", () => {
  it("counts calendar days between a date and an instant's UTC day", () => {
    const today = dayNumberOf(new Date("2025-01-15T23:59:00Z"));
    expect(usDateToDayNumber("01/16/2025")! - today).toBe(1);
    expect(usDateToDayNumber("01/15/2025")! - today).toBe(0);
    expect(usDateToDayNumber("2025-01-15")).toBeNull();
  });
});

describe("yes/no and check boxes", () => {
  it("reads ADDL INSD / SUBR WVD text", () => {
    for (const yes of ["Y", "y", "X", "x", "YES", " Y "]) expect(parseYesNo(yes)).toBe(true);
    for (const no of ["N", "n", "NO", "", "  ", "N/A", null]) expect(parseYesNo(no)).toBe(false);
    for (const junk of ["maybe", "YN", "1"]) expect(parseYesNo(junk)).toBeNull();
  });

  it("keeps blank apart from no where blank means unanswered", () => {
    expect(parseYesNoOrBlank("")).toBeNull();
    expect(parseYesNoOrBlank("N")).toBe(false);
    expect(parseYesNoOrBlank("Y")).toBe(true);
  });

  it("reads check box states as pdfjs reports them", () => {
    expect(isCheckboxChecked("Yes", "Yes")).toBe(true);
    expect(isCheckboxChecked("Off", "Yes")).toBe(false);
    expect(isCheckboxChecked("1", "1")).toBe(true);
    expect(isCheckboxChecked("On", "Yes")).toBe(false); // another widget's state, not this box's
    expect(isCheckboxChecked(undefined, "Yes")).toBe(false);
    expect(isCheckboxChecked(true)).toBe(true);
  });
});

describe("text helpers", () => {
  it("cleans whitespace but keeps line breaks", () => {
    expect(cleanText("  Acme \t  Corp \r\n  line 2 ")).toBe("Acme Corp\nline 2");
    expect(cleanText(" \n ")).toBeNull();
  });

  it("formats dollars without depending on the runtime's locale data", () => {
    expect(formatDollars(1_000_000)).toBe("$1,000,000");
    expect(formatDollars(500)).toBe("$500");
  });
});
