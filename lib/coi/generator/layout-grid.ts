import { check, GRID, label, text, type PageLayout } from "./layout";

// The COVERAGES grid: one band per coverage row; limits one per line beside their label, the insurer letter,
// ADDL INSD / SUBR WVD, policy number and dates on the band's middle line.

const { COL, LINE, L, R } = GRID;

export type Policy = { letter: string; addl: string | null; subr: string; number: string; eff: string; exp: string };

/** Draws a band of `lines` lines whose top is `top`; returns the y of line i (its bottom edge). */
export function band(p: PageLayout, top: number, lines: number, policy: Policy, limits: (string | [string, string] | null)[]) {
  const bottom = top - lines * LINE;
  p.boxes.push([L, bottom, R - L, top - bottom]);
  const lineY = (i: number) => top - (i + 1) * LINE;
  const mid = bottom + (top - bottom) / 2 - 5;
  text(p, policy.letter, [COL.ltr + 1, mid, COL.type - COL.ltr - 2, 10], { align: "center" });
  if (policy.addl) text(p, policy.addl, [COL.addl + 1, mid, COL.subr - COL.addl - 2, 10], { align: "center" });
  text(p, policy.subr, [COL.subr + 1, mid, COL.number - COL.subr - 2, 10], { align: "center" });
  text(p, policy.number, [COL.number + 2, mid, COL.eff - COL.number - 4, 10]);
  text(p, policy.eff, [COL.eff + 1, mid, COL.exp - COL.eff - 2, 10], { align: "center" });
  text(p, policy.exp, [COL.exp + 1, mid, COL.limit - COL.exp - 2, 10], { align: "center" });
  limits.forEach((row, i) => {
    const y = lineY(i);
    p.lines.push([COL.limit, y, R, y]);
    if (row === null) return; // the caller draws this line itself
    if (typeof row === "string") label(p, row, COL.limit + 2, y + 3, 5.5, false, COL.amount - COL.limit - 4);
    else text(p, row[0], [COL.limit + 2, y, COL.amount - COL.limit - 4, LINE]);
    label(p, "$", COL.amount + 2, y + 3);
    const amountName = typeof row === "string" ? limitNames.get(row) : row[1];
    if (amountName) text(p, amountName, [COL.amount + 8, y, R - COL.amount - 10, LINE]);
  });
  return lineY;
}

// Printed limit label → the field holding its amount (labels repeat across rows, so each band resets it).
const limitNames = new Map<string, string>();
function limitsOf(rows: [string, string][]): string[] {
  limitNames.clear();
  for (const [labelText, name] of rows) limitNames.set(labelText, name);
  return rows.map(([labelText]) => labelText);
}

export function coveragesGrid(p: PageLayout) {
  p.boxes.push([L, 576, R - L, 14]);
  label(p, "COVERAGES", 23, 580, 7, true);
  label(p, "CERTIFICATE NUMBER:", 150, 580, 6, true);
  text(p, "CertificateOfInsurance_CertificateNumberIdentifier_A", [222, 577, 150, 10]);
  label(p, "REVISION NUMBER:", 420, 580, 6, true);
  text(p, "CertificateOfInsurance_RevisionNumberIdentifier_A", [484, 577, 104, 10]);
  label(p, "THE POLICIES BELOW WERE ISSUED TO THE INSURED NAMED ABOVE FOR THE POLICY PERIODS SHOWN. LIMITS SHOWN MAY HAVE", 24, 568);
  label(p, "BEEN REDUCED BY PAID CLAIMS. EACH POLICY'S OWN TERMS, EXCLUSIONS AND CONDITIONS APPLY REGARDLESS OF THIS CERTIFICATE.", 24, 560);

  p.boxes.push([L, 536, R - L, 20]);
  const heads: [string, number, number][] = [
    ["INSR", COL.ltr + 2, 547], ["LTR", COL.ltr + 3, 540], ["TYPE OF INSURANCE", COL.type + 45, 543],
    ["ADDL", COL.addl + 2, 547], ["INSD", COL.addl + 2, 540], ["SUBR", COL.subr + 2, 547], ["WVD", COL.subr + 2.5, 540],
    ["POLICY NUMBER", COL.number + 24, 543], ["POLICY EFF", COL.eff + 6, 547], ["(MM/DD/YYYY)", COL.eff + 4, 540],
    ["POLICY EXP", COL.exp + 6, 547], ["(MM/DD/YYYY)", COL.exp + 4, 540], ["LIMITS", COL.limit + 80, 543],
  ];
  for (const [t, x, y] of heads) label(p, t, x, y, 5, true, t.length <= 4 ? 15 : undefined);
  for (const x of [COL.type, COL.addl, COL.subr, COL.number, COL.eff, COL.exp, COL.limit, COL.amount]) {
    p.lines.push([x, 316, x, 556]);
  }

  // COMMERCIAL GENERAL LIABILITY: 7 lines, 536 → 466.
  const gl = band(p, 536, 7, {
    letter: "GeneralLiability_InsurerLetterCode_A",
    addl: "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A",
    subr: "Policy_GeneralLiability_SubrogationWaivedCode_A",
    number: "Policy_GeneralLiability_PolicyNumberIdentifier_A",
    eff: "Policy_GeneralLiability_EffectiveDate_A",
    exp: "Policy_GeneralLiability_ExpirationDate_A",
  }, [
    ...limitsOf([
      ["EACH OCCURRENCE", "GeneralLiability_EachOccurrence_LimitAmount_A"],
      ["DAMAGE TO RENTED PREMISES (Ea occurrence)", "GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A"],
      ["MED EXP (Any one person)", "GeneralLiability_MedicalExpense_EachPersonLimitAmount_A"],
      ["PERSONAL & ADV INJURY", "GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A"],
      ["GENERAL AGGREGATE", "GeneralLiability_GeneralAggregate_LimitAmount_A"],
      ["PRODUCTS - COMP/OP AGG", "GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A"],
    ]),
    ["GeneralLiability_OtherCoverageLimitDescription_A", "GeneralLiability_OtherCoverageLimitAmount_A"],
  ]);
  const t = COL.type + 2;
  check(p, "GeneralLiability_CoverageIndicator_A", t, gl(0), "COMMERCIAL GENERAL LIABILITY");
  check(p, "GeneralLiability_ClaimsMadeIndicator_A", t + 10, gl(1), "CLAIMS-MADE");
  check(p, "GeneralLiability_OccurrenceIndicator_A", t + 70, gl(1), "OCCUR");
  check(p, "GeneralLiability_OtherCoverageIndicator_A", t, gl(2));
  text(p, "GeneralLiability_OtherCoverageDescription_A", [t + 8, gl(2), COL.addl - t - 10, LINE]);
  check(p, "GeneralLiability_OtherCoverageIndicator_B", t, gl(3));
  text(p, "GeneralLiability_OtherCoverageDescription_B", [t + 8, gl(3), COL.addl - t - 10, LINE]);
  label(p, "GEN'L AGGREGATE LIMIT APPLIES PER:", t, gl(4) + 3, 5.5, true);
  check(p, "GeneralLiability_GeneralAggregate_LimitAppliesPerPolicyIndicator_A", t, gl(5), "POLICY");
  check(p, "GeneralLiability_GeneralAggregate_LimitAppliesPerProjectIndicator_A", t + 40, gl(5), "PRO-JECT");
  check(p, "GeneralLiability_GeneralAggregate_LimitAppliesPerLocationIndicator_A", t + 84, gl(5), "LOC");
  check(p, "GeneralLiability_GeneralAggregate_LimitAppliesToOtherIndicator_A", t, gl(6), "OTHER:");
  text(p, "GeneralLiability_GeneralAggregate_LimitAppliesToCode_A", [t + 32, gl(6), COL.addl - t - 34, LINE]);

  // AUTOMOBILE LIABILITY: 5 lines, 466 → 416.
  const au = band(p, 466, 5, {
    letter: "Vehicle_InsurerLetterCode_A",
    addl: "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A",
    subr: "Policy_AutomobileLiability_SubrogationWaivedCode_A",
    number: "Policy_AutomobileLiability_PolicyNumberIdentifier_A",
    eff: "Policy_AutomobileLiability_EffectiveDate_A",
    exp: "Policy_AutomobileLiability_ExpirationDate_A",
  }, [
    ...limitsOf([
      ["COMBINED SINGLE LIMIT (Ea accident)", "Vehicle_CombinedSingleLimit_EachAccidentAmount_A"],
      ["BODILY INJURY (Per person)", "Vehicle_BodilyInjury_PerPersonLimitAmount_A"],
      ["BODILY INJURY (Per accident)", "Vehicle_BodilyInjury_PerAccidentLimitAmount_A"],
      ["PROPERTY DAMAGE (Per accident)", "Vehicle_PropertyDamage_PerAccidentLimitAmount_A"],
    ]),
    ["Vehicle_OtherCoverage_CoverageDescription_A", "Vehicle_OtherCoverage_LimitAmount_A"],
  ]);
  label(p, "AUTOMOBILE LIABILITY", t, au(0) + 3, 5.5, true);
  check(p, "Vehicle_AnyAutoIndicator_A", t, au(1), "ANY AUTO");
  check(p, "Vehicle_AllOwnedAutosIndicator_A", t, au(2), "OWNED AUTOS ONLY");
  check(p, "Vehicle_ScheduledAutosIndicator_A", t + 72, au(2), "SCHEDULED AUTOS");
  check(p, "Vehicle_HiredAutosIndicator_A", t, au(3), "HIRED AUTOS ONLY");
  check(p, "Vehicle_NonOwnedAutosIndicator_A", t + 72, au(3), "NON-OWNED AUTOS ONLY", COL.addl - t - 82);
  check(p, "Vehicle_OtherCoveredAutoIndicator_A", t, au(4));
  text(p, "Vehicle_OtherCoveredAutoDescription_A", [t + 8, au(4), 62, LINE]);
  check(p, "Vehicle_OtherCoveredAutoIndicator_B", t + 72, au(4));
  text(p, "Vehicle_OtherCoveredAutoDescription_B", [t + 80, au(4), COL.addl - t - 82, LINE]);

  // UMBRELLA / EXCESS: 3 lines, 416 → 386.
  const um = band(p, 416, 3, {
    letter: "ExcessUmbrella_InsurerLetterCode_A",
    addl: "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A",
    subr: "Policy_ExcessLiability_SubrogationWaivedCode_A",
    number: "Policy_ExcessLiability_PolicyNumberIdentifier_A",
    eff: "Policy_ExcessLiability_EffectiveDate_A",
    exp: "Policy_ExcessLiability_ExpirationDate_A",
  }, [
    ...limitsOf([
      ["EACH OCCURRENCE", "ExcessUmbrella_Umbrella_EachOccurrenceAmount_A"],
      ["AGGREGATE", "ExcessUmbrella_Umbrella_AggregateAmount_A"],
    ]),
    ["ExcessUmbrella_OtherCoverageDescription_A", "ExcessUmbrella_OtherCoverageLimitAmount_A"],
  ]);
  check(p, "Policy_PolicyType_UmbrellaIndicator_A", t, um(0), "UMBRELLA LIAB");
  check(p, "ExcessUmbrella_OccurrenceIndicator_A", t + 72, um(0), "OCCUR");
  check(p, "Policy_PolicyType_ExcessIndicator_A", t, um(1), "EXCESS LIAB");
  check(p, "ExcessUmbrella_ClaimsMadeIndicator_A", t + 72, um(1), "CLAIMS-MADE");
  check(p, "ExcessUmbrella_DeductibleIndicator_A", t, um(2), "DED");
  check(p, "ExcessUmbrella_RetentionIndicator_A", t + 30, um(2), "RETENTION $");
  text(p, "ExcessUmbrella_Umbrella_DeductibleOrRetentionAmount_A", [t + 78, um(2), COL.addl - t - 80, LINE]);

  // WORKERS COMPENSATION AND EMPLOYERS' LIABILITY: 4 lines, 386 → 346.
  const wc = band(p, 386, 4, {
    letter: "WorkersCompensationEmployersLiability_InsurerLetterCode_A",
    addl: null,
    subr: "Policy_WorkersCompensation_SubrogationWaivedCode_A",
    number: "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A",
    eff: "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A",
    exp: "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A",
  }, [
    null,
    ...limitsOf([
      ["E.L. EACH ACCIDENT", "WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A"],
      ["E.L. DISEASE - EA EMPLOYEE", "WorkersCompensationEmployersLiability_EmployersLiability_DiseaseEachEmployeeLimitAmount_A"],
      ["E.L. DISEASE - POLICY LIMIT", "WorkersCompensationEmployersLiability_EmployersLiability_DiseasePolicyLimitAmount_A"],
    ]),
  ]);
  label(p, "WORKERS COMPENSATION", t, wc(0) + 3, 5.5, true);
  label(p, "AND EMPLOYERS' LIABILITY", t, wc(1) + 3, 5.5, true);
  label(p, "ANY PROPRIETOR/PARTNER/EXECUTIVE", t, wc(2) + 3);
  label(p, "OFFICER/MEMBER EXCLUDED?  (Y / N)", t, wc(3) + 3);
  p.boxes.push([COL.addl - 18, wc(3) + 1, 16, 8]);
  text(p, "WorkersCompensationEmployersLiability_AnyPersonsExcludedIndicator_A", [COL.addl - 18, wc(3) + 1, 16, 8], {
    align: "center",
  });
  check(p, "WorkersCompensationEmployersLiability_WorkersCompensationStatutoryLimitIndicator_A", COL.limit + 2, wc(0), "PER STATUTE");
  check(p, "WorkersCompensationEmployersLiability_OtherCoverageIndicator_A", COL.limit + 52, wc(0), "OTH-ER");
  text(p, "WorkersCompensationEmployersLiability_OtherCoverageDescription_A", [COL.limit + 84, wc(0), R - COL.limit - 86, LINE]);
}
