import type { Rect } from "../types";
import type { Grid } from "./grid";
import { findWords, word, type Word } from "./page-words";

// The COVERAGES grid of the 2025/12 print, found from its own labels and lines: the rows from the coverage names,
// the columns from the header labels, each limit's amount box from the `$` printed in it and the label beside it.

export type SectionKey = "gl" | "auto" | "umb" | "wc" | "other";
export type Section = { key: SectionKey; bottom: number; top: number };
export type Columns = Record<"letter" | "addl" | "subr" | "number" | "eff" | "exp", { x1: number; x2: number }>;

/** Limit labels per row → field; "" is the row's unlabeled spare line (free description + amount). */
const LIMIT_LABELS: Record<Exclude<SectionKey, "other">, [label: string, amount: string, description?: string][]> = {
  gl: [
    ["EACH OCCURRENCE", "GeneralLiability_EachOccurrence_LimitAmount_A"],
    ["DAMAGE TO RENTED", "GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A"],
    ["MED EXP", "GeneralLiability_MedicalExpense_EachPersonLimitAmount_A"],
    ["PERSONAL & ADV", "GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A"],
    ["GENERAL AGGREGATE", "GeneralLiability_GeneralAggregate_LimitAmount_A"],
    ["PRODUCTS", "GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A"],
    ["", "GeneralLiability_OtherCoverageLimitAmount_A", "GeneralLiability_OtherCoverageLimitDescription_A"],
  ],
  auto: [
    ["COMBINED SINGLE LIMIT", "Vehicle_CombinedSingleLimit_EachAccidentAmount_A"],
    ["BODILY INJURY (Per person)", "Vehicle_BodilyInjury_PerPersonLimitAmount_A"],
    ["BODILY INJURY (Per accident)", "Vehicle_BodilyInjury_PerAccidentLimitAmount_A"],
    ["PROPERTY DAMAGE", "Vehicle_PropertyDamage_PerAccidentLimitAmount_A"],
    ["", "Vehicle_OtherCoverage_LimitAmount_A", "Vehicle_OtherCoverage_CoverageDescription_A"],
  ],
  umb: [
    ["EACH OCCURRENCE", "ExcessUmbrella_Umbrella_EachOccurrenceAmount_A"],
    ["AGGREGATE", "ExcessUmbrella_Umbrella_AggregateAmount_A"],
    ["", "ExcessUmbrella_OtherCoverageLimitAmount_A", "ExcessUmbrella_OtherCoverageDescription_A"],
  ],
  wc: [
    ["E.L. EACH ACCIDENT", "WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A"],
    ["E.L. DISEASE - EA EMPLOYEE", "WorkersCompensationEmployersLiability_EmployersLiability_DiseaseEachEmployeeLimitAmount_A"],
    ["E.L. DISEASE - POLICY LIMIT", "WorkersCompensationEmployersLiability_EmployersLiability_DiseasePolicyLimitAmount_A"],
  ],
};

export const POLICY_COLUMN_FIELDS: Record<SectionKey, Partial<Record<keyof Columns, string>>> = {
  gl: { letter: "GeneralLiability_InsurerLetterCode_A", addl: "CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A",
    subr: "Policy_GeneralLiability_SubrogationWaivedCode_A", number: "Policy_GeneralLiability_PolicyNumberIdentifier_A",
    eff: "Policy_GeneralLiability_EffectiveDate_A", exp: "Policy_GeneralLiability_ExpirationDate_A" },
  auto: { letter: "Vehicle_InsurerLetterCode_A", addl: "CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A",
    subr: "Policy_AutomobileLiability_SubrogationWaivedCode_A", number: "Policy_AutomobileLiability_PolicyNumberIdentifier_A",
    eff: "Policy_AutomobileLiability_EffectiveDate_A", exp: "Policy_AutomobileLiability_ExpirationDate_A" },
  umb: { letter: "ExcessUmbrella_InsurerLetterCode_A", addl: "CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A",
    subr: "Policy_ExcessLiability_SubrogationWaivedCode_A", number: "Policy_ExcessLiability_PolicyNumberIdentifier_A",
    eff: "Policy_ExcessLiability_EffectiveDate_A", exp: "Policy_ExcessLiability_ExpirationDate_A" },
  wc: { letter: "WorkersCompensationEmployersLiability_InsurerLetterCode_A", subr: "Policy_WorkersCompensation_SubrogationWaivedCode_A",
    number: "Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A",
    eff: "Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A", exp: "Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A" },
  other: { letter: "OtherPolicy_InsurerLetterCode_A", addl: "CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A",
    subr: "OtherPolicy_SubrogationWaivedCode_A", number: "OtherPolicy_PolicyNumberIdentifier_A",
    eff: "OtherPolicy_PolicyEffectiveDate_A", exp: "OtherPolicy_PolicyExpirationDate_A" },
};

const center = (w: Word) => w.x + w.width / 2;

export function locateColumns(words: Word[], grid: Grid, y: number): Columns {
  const column = (label: string) => {
    const w = word(words, label);
    return { x1: grid.vLine(center(w), y, -1).x, x2: grid.vLine(center(w), y, 1).x };
  };
  return { letter: column("LTR"), addl: column("INSD"), subr: column("WVD"), number: column("POLICY NUMBER"),
    eff: column("POLICY EFF"), exp: column("POLICY EXP") };
}

/** The coverage rows, bounded by the lines that cross the POLICY NUMBER column (only row borders do). */
export function locateSections(words: Word[], grid: Grid): Section[] {
  const x = center(word(words, "POLICY NUMBER"));
  const row = (key: SectionKey, label: string): Section => {
    const w = word(words, label);
    return { key, top: grid.hLine(x, w.y, 1).y, bottom: grid.hLine(x, w.y, -1).y };
  };
  const wc = row("wc", "WORKERS COMPENSATION");
  const other: Section = { key: "other", top: wc.bottom, bottom: grid.hLine(x, wc.bottom - 1, -1).y };
  return [row("gl", "COMMERCIAL GENERAL LIABILITY"), row("auto", "AUTOMOBILE LIABILITY"), row("umb", "UMBRELLA LIAB"), wc, other];
}

/** Each `$` printed in the limits column marks one amount box; the words left of it in its cell name the limit. */
export function locateLimits(words: Word[], grid: Grid, sections: Section[], limitsLeft: number, slots: Map<string, Rect>) {
  for (const dollar of findWords(words, "$").filter((w) => w.x > limitsLeft)) {
    const section = sections.find((s) => dollar.y > s.bottom && dollar.y < s.top);
    if (!section || section.key === "other") continue;
    const cell = grid.cellAt(dollar.x + dollar.width + 2, dollar.y + 2);
    const labelCell = grid.cellAt(limitsLeft + 3, dollar.y + 2);
    const label = words
      .filter((w) => w.x >= labelCell.x && w.x < dollar.x - 1 && w.y > cell.y && w.y < cell.y + cell.height)
      .sort((a, b) => b.y - a.y || a.x - b.x).map((w) => w.text).join(" ");
    const entry = LIMIT_LABELS[section.key].find(([l]) => (l === "" ? label === "" : label.startsWith(l)));
    if (!entry) throw new Error(`2025/12 blank: limit label "${label}" in ${section.key} not recognised`);
    const [, amount, description] = entry;
    const x = dollar.x + dollar.width + 1.5;
    slots.set(amount, { x, y: cell.y, width: cell.x + cell.width - 1 - x, height: cell.height });
    if (description) slots.set(description, { x: labelCell.x + 1.5, y: cell.y, width: labelCell.width - 3, height: cell.height });
  }
}

/** The spare row below workers compensation: three lines of coverage code and amount, split where the $ column is. */
export function locateOtherLimits(grid: Grid, other: Section, limitsLeft: number, slots: Map<string, Rect>) {
  const mid = (other.top + other.bottom) / 2;
  const split = grid.vLine(limitsLeft + 1, mid, 1).x;
  const right = grid.vLine(split + 1, mid, 1).x;
  const pitch = (other.top - other.bottom) / 3;
  ["A", "B", "C"].forEach((n, i) => {
    const y = other.top - (i + 1) * pitch;
    slots.set(`OtherPolicy_CoverageCode_${n}`, { x: limitsLeft + 1.5, y, width: split - limitsLeft - 3, height: pitch });
    slots.set(`OtherPolicy_CoverageLimitAmount_${n}`, { x: split + 1.5, y, width: right - split - 3, height: pitch });
  });
}

/** Policy columns at the row's middle, where the 2016/03 form's own boxes sit; agencies' "first line" is applied later. */
export function locatePolicyColumns(sections: Section[], columns: Columns, lineHeight: number, slots: Map<string, Rect>) {
  for (const section of sections) {
    const y = (section.top + section.bottom) / 2 - lineHeight / 2;
    for (const [column, field] of Object.entries(POLICY_COLUMN_FIELDS[section.key])) {
      const { x1, x2 } = columns[column as keyof Columns];
      slots.set(field, { x: x1 + 1, y, width: x2 - x1 - 2, height: lineHeight });
    }
  }
}
