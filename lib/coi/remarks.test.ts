import { describe, expect, it } from "vitest";
import { extractAdditionalInsuredNames as extract } from "./remarks";

const HOLDER = "Client Corp Inc.";

describe("extractAdditionalInsuredNames", () => {
  it.each([
    ["Client Corp Inc. is included as additional insured.", ["Client Corp Inc"]],
    ["Additional Insured: Client Corp Inc.", ["Client Corp Inc"]],
    ["ADDITIONAL INSUREDS: Client Corp Inc.; Beta Holdings, LLC", ["Client Corp Inc", "Beta Holdings, LLC"]],
    ["The following are named as additional insureds: Client Corp, Inc., Beta LLC, and Gamma Co.", ["Client Corp, Inc", "Beta LLC", "Gamma Co"]],
    ["When required by written contract, Client Corp Inc. and its officers and employees are included as additional insureds on a primary basis.", ["Client Corp Inc"]],
    ["Re: Job 12. Waiver of subrogation applies. Client Corp Inc. is named as an additional insured with respect to general liability.", ["Client Corp Inc"]],
    ["Additional Insured: Client Corp Inc. Waiver of subrogation applies.", ["Client Corp Inc"]],
    ["The certificate holder is included as additional insured.", ["Client Corp Inc"]],
    ["O'Brien & Sons Ltd. is an additional insured.", ["O'Brien & Sons Ltd"]],
    ["Société Générale S.A. is added as additional insured", ["Société Générale S.A"]],
    ["General liability: “Client Corp Inc.” is included as additional insured.", ["Client Corp Inc"]],
  ])("reads %j", (text, expected) => {
    expect(extract(text, HOLDER)).toEqual(expected);
  });

  it.each([
    "Blanket additional insured applies where required by written contract.",
    "Additional insured status is provided by endorsement CG 20 10.",
    "Waiver of subrogation applies in favor of the certificate holder.",
    "",
  ])("finds no name in %j", (text) => {
    expect(extract(text, HOLDER)).toEqual([]);
  });

  it("does not split a name joined by a bare 'and' (it would rather fail than invent two companies)", () => {
    expect(extract("Additional Insured: Smith and Sons Roofing", HOLDER)).toEqual(["Smith and Sons Roofing"]);
  });

  it("does not invent the holder's name when none is printed", () => {
    expect(extract("The certificate holder is included as additional insured.", null)).toEqual([]);
  });

  it("lists each name once, in the order written", () => {
    const text = "Beta LLC is included as additional insured. Additional Insureds: Alpha Inc; Beta LLC";
    expect(extract(text, HOLDER)).toEqual(["Beta LLC", "Alpha Inc"]);
  });
});
