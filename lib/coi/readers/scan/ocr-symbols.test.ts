import { describe, expect, it } from "vitest";
import { suspectSymbols, withEnglishSymbols } from "./ocr-symbols";

const line = (...texts: string[]) => texts.map((text, i) => ({ text, confidence: 0.95, x0: 10 * i, x1: 10 * i + 8, top: 0, baseline: 10 }));

describe("Spanish's missing symbols", () => {
  it("suspects a lone 4, 6, 8 or £ between words, and a number starting with 4", () => {
    expect(suspectSymbols(line("Baker", "4", "Ng"))).toBe(true);
    expect(suspectSymbols(line("Redwood", "Fire", "£", "Marine"))).toBe(true);
    expect(suspectSymbols(line("Project", "4595,", "all"))).toBe(true);
    expect(suspectSymbols(line("Austin", "TX", "787M"))).toBe(true);
    expect(suspectSymbols(line("Suite", "200"))).toBe(false);
    expect(suspectSymbols(line("Unit", "12A"))).toBe(false);
    expect(suspectSymbols(line("Route", "9", "Builders"))).toBe(false);
  });

  it("takes English's & or # where it splits the line alike, and nothing else of it", () => {
    const fixed = withEnglishSymbols(line("Baker", "4", "Ng", "4595,"), line("Baker", "&", "Ng", "#595,"));
    expect(fixed.map((w) => w.text)).toEqual(["Baker", "&", "Ng", "#595,"]);
    expect(withEnglishSymbols(line("Austin", "TX", "787M"), line("Austin", "TX", "78701")).map((w) => w.text)).toEqual(["Austin", "TX", "78701"]);
    expect(withEnglishSymbols(line("1234B", "Main"), line("1234B", "Main")).map((w) => w.text)).toEqual(["1234B", "Main"]);
    // A 4 that English also reads as a digit, or a different number, stays.
    expect(withEnglishSymbols(line("Unit", "4", "B"), line("Unit", "4", "B")).map((w) => w.text)).toEqual(["Unit", "4", "B"]);
    expect(withEnglishSymbols(line("No", "4595"), line("No", "#596")).map((w) => w.text)).toEqual(["No", "4595"]);
    // Split otherwise: nothing is taken.
    expect(withEnglishSymbols(line("Baker", "4", "Ng"), line("Baker&Ng")).map((w) => w.text)).toEqual(["Baker", "4", "Ng"]);
  });
});
