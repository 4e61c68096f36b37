import { describe, expect, it } from "vitest";
import { insuredMatchesContractor, namesMatch, normalizeName } from "./names";

describe("namesMatch", () => {
  it.each([
    ["Client Corp Inc.", "client corp inc"],
    ["Client Corp Inc.", "Client Corp, Inc"],
    ["Client Corp Inc.", "CLIENT CORP"],
    ["Acme Corporation LLC", "Acme Corp."],
    ["Acme Corporation LLC", "Acme, L.L.C."],
    ["Smith & Sons Ltd", "Smith and Sons Limited"],
    ["Société Générale Services", "Societe Generale Services"],
    ["O'Brien Builders Co.", "OBrien Builders Company"],
    ["The Harbor Group, Inc.", "Harbor Group"],
    ["  Müller   Bau  GmbH ", "Muller Bau GmbH"],
  ])("%j matches %j", (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
  });

  it.each([
    ["Client Corp Inc.", "Client Corp Holdings Inc."],
    ["Client Corp Inc.", "Clients Corp"],
    ["Client Corp Inc.", "New Client Corp Inc."],
    ["Acme Corporation LLC", "Acme Corporation West LLC"],
    ["Acme Corporation LLC", "Acme Co Partners"],
    ["Smith & Sons", "Smith Sons"],
    ["North Star Builders", "Northstar Builders Inc"],
    ["Client Corp Inc.", ""],
  ])("%j does not match %j", (a, b) => {
    expect(namesMatch(a, b)).toBe(false);
  });

  it("drops every trailing entity suffix, so the bare name is the same company", () => {
    expect(normalizeName("Acme Corporation, L.L.C.")).toBe("acme");
    expect(namesMatch("Client Corp Inc.", "Client")).toBe(true);
  });

  it("keeps a name that is nothing but a suffix", () => {
    expect(normalizeName("The Company")).toBe("company");
    expect(namesMatch("Inc.", "LLC")).toBe(false);
  });
});

describe("insuredMatchesContractor", () => {
  const contractor = { first_name: "John", last_name: "Smith", company_name: "Smith Plumbing LLC" };

  it("accepts the company, the person, the person written last-first, and a DBA", () => {
    expect(insuredMatchesContractor("Smith Plumbing, L.L.C.", contractor)).toBe(true);
    expect(insuredMatchesContractor("JOHN SMITH", contractor)).toBe(true);
    expect(insuredMatchesContractor("Smith, John", contractor)).toBe(true);
    expect(insuredMatchesContractor("John Smith DBA Smith Plumbing", contractor)).toBe(true);
  });

  it("rejects other people and companies", () => {
    expect(insuredMatchesContractor("Jane Smith", contractor)).toBe(false);
    expect(insuredMatchesContractor("Smith Plumbing & Heating LLC", contractor)).toBe(false);
    expect(insuredMatchesContractor(null, contractor)).toBe(false);
    expect(insuredMatchesContractor("John Smith", { first_name: null, last_name: null, company_name: null })).toBe(false);
  });
});
