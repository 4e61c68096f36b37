import { describe, expect, it } from "vitest";
import { correctWords } from "./ocr-words";

const word = (text: string, confidence = 0.95) => ({ text, confidence, x0: 0, x1: 10, top: 0, baseline: 10 });
const read = (...texts: string[]) => correctWords(texts.map((t) => word(t)));

describe("correctWords", () => {
  it("takes a period before three digits for the comma it was (the same amount), keeping the confidence", () => {
    expect(read("10.000.000")[0]).toMatchObject({ text: "10,000,000", confidence: 0.95 });
    expect(read("$5.000")[0]).toMatchObject({ text: "$5,000", confidence: 0.95 });
    expect(read("1.000.000.00")[0]).toMatchObject({ text: "1,000,000.00", confidence: 0.95 });
  });

  it("leaves separators that could hide a lost digit alone, for the parser to refuse", () => {
    expect(read("1,000,00")[0].text).toBe("1,000,00");
    expect(read("1.00.000")[0].text).toBe("1.00.000");
    expect(read("02.15.2025")[0].text).toBe("02.15.2025");
  });

  it("puts right a $ and letters read for digits, as a guess below the review threshold", () => {
    expect(read("s", "1,000,000").map((w) => w.text)).toEqual(["$", "1,000,000"]);
    expect(read("s", "1,000,000")[0].confidence).toBeLessThan(0.9);
    const fixed = read("1,O00,0O0")[0];
    expect(fixed.text).toBe("1,000,000");
    expect(fixed.confidence).toBeLessThan(0.9);
  });

  it("does not touch words", () => {
    expect(read("Oakland", "SUITE").map((w) => w.text)).toEqual(["Oakland", "SUITE"]);
  });
});
