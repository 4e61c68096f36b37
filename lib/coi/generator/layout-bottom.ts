import { REMARKS_CONTINUATION_FIELD } from "../acord25/field-names";
import { band } from "./layout-grid";
import { GRID, label, newPage, text, type PageLayout } from "./layout";

// The free coverage row, DESCRIPTION OF OPERATIONS, CERTIFICATE HOLDER / CANCELLATION / AUTHORIZED REPRESENTATIVE,
// the footer, and the optional page 2 that continues the description.

const { COL, LINE, L, R, MID } = GRID;

export function otherRowAndBottom(p: PageLayout) {
  // The free row for other coverage (professional, cyber, inland marine…): 3 lines, 346 → 316.
  const other = band(p, 346, 3, {
    letter: "OtherPolicy_InsurerLetterCode_A",
    addl: "CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A",
    subr: "OtherPolicy_SubrogationWaivedCode_A",
    number: "OtherPolicy_PolicyNumberIdentifier_A",
    eff: "OtherPolicy_PolicyEffectiveDate_A",
    exp: "OtherPolicy_PolicyExpirationDate_A",
  }, (["A", "B", "C"] as const).map((l) => [`OtherPolicy_CoverageCode_${l}`, `OtherPolicy_CoverageLimitAmount_${l}`]));
  text(p, "OtherPolicy_OtherPolicyDescription_A", [COL.type + 2, other(1), COL.addl - COL.type - 4, LINE]);

  p.boxes.push([L, 230, R - L, 86]);
  label(p, "DESCRIPTION OF OPERATIONS / LOCATIONS / VEHICLES (ACORD 101, Additional Remarks Schedule, may be attached if more space is required)", 23, 309, 5.5, true);
  text(p, "CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", [24, 233, R - L - 8, 72], { multiline: true });

  p.boxes.push([L, 140, MID - L, 86], [MID, 170, R - MID, 56], [MID, 140, R - MID, 30]);
  label(p, "CERTIFICATE HOLDER", 23, 219, 6, true);
  text(p, "CertificateHolder_FullName_A", [24, 200, MID - 32, 11]);
  text(p, "CertificateHolder_MailingAddress_LineOne_A", [24, 189, MID - 32, 11]);
  text(p, "CertificateHolder_MailingAddress_LineTwo_A", [24, 178, MID - 32, 11]);
  text(p, "CertificateHolder_MailingAddress_CityName_A", [24, 167, 150, 11]);
  text(p, "CertificateHolder_MailingAddress_StateOrProvinceCode_A", [178, 167, 30, 11]);
  text(p, "CertificateHolder_MailingAddress_PostalCode_A", [212, 167, MID - 220, 11]);
  label(p, "CANCELLATION", 309, 219, 6, true);
  const cancellation = [
    "SHOULD ANY OF THE POLICIES ABOVE BE CANCELLED BEFORE THEIR",
    "EXPIRATION DATE, NOTICE WILL BE GIVEN TO THE CERTIFICATE HOLDER",
    "AS THE POLICY PROVISIONS REQUIRE.",
  ];
  cancellation.forEach((line, i) => label(p, line, 309, 207 - i * 8));
  label(p, "AUTHORIZED REPRESENTATIVE", 309, 162, 5.5, true);
  text(p, "Producer_AuthorizedRepresentative_Signature_A", [320, 143, R - 330, 16]);

  label(p, "Coverdesk test certificate, drawn in the ACORD 25 layout; not an ACORD form.", 330, 128, 5.5);
  text(p, "Form_EditionIdentifier_A", [L, 124, 120, 10]);
}

/** Page 2: an additional remarks schedule continuing DESCRIPTION OF OPERATIONS. */
export function remarksPage(agency: string, insured: string): PageLayout {
  const p = newPage();
  label(p, "ADDITIONAL REMARKS SCHEDULE", 200, 760, 12, true);
  p.boxes.push([L, 700, MID - L, 40], [MID, 700, R - MID, 40]);
  label(p, "AGENCY", 23, 733, 6, true);
  label(p, agency, 26, 715, 8);
  label(p, "NAMED INSURED", 309, 733, 6, true);
  label(p, insured, 312, 715, 8);
  p.boxes.push([L, 300, R - L, 390]);
  label(p, "ADDITIONAL REMARKS: THIS SCHEDULE CONTINUES THE DESCRIPTION OF OPERATIONS / LOCATIONS / VEHICLES OF ACORD 25", 23, 682, 6, true);
  text(p, REMARKS_CONTINUATION_FIELD, [24, 304, R - L - 8, 372], { multiline: true });
  return p;
}
