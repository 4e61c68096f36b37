import { describe, expect, it } from "vitest";
import { isIdOf, newId } from "./ids";

describe("ids", () => {
  it("prefixes per the contract and recognises only its own kind", () => {
    const id = newId("certificate");
    expect(id).toMatch(/^ci_[0-9A-Za-z]{14}$/);
    expect(isIdOf("certificate", id)).toBe(true);
    expect(isIdOf("contractor", id)).toBe(false);
    expect(isIdOf("auditResult", newId("auditResult"))).toBe(true);
    expect(isIdOf("certificate", "ci_../../etc")).toBe(false);
    expect(new Set(Array.from({ length: 1000 }, () => newId("event"))).size).toBe(1000);
  });
});
