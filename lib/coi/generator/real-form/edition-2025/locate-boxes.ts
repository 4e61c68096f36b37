import type { Rect } from "../types";
import type { Grid } from "./grid";
import type { Section } from "./locate-grid";
import { findWords, wordIn, type Word } from "./page-words";

// The check boxes of the 2025/12 print (the drawn squares, each matched to the label printed right of it) and the
// free-text boxes beside them in the TYPE OF INSURANCE column.

const squareLeftOf = (squares: Rect[], w: Word): Rect => {
  const found = squares
    .filter((s) => s.x + s.width <= w.x + 0.5 && s.x + s.width >= w.x - 9 && s.y <= w.y + 2 && s.y + s.height >= w.y + 1)
    .sort((a, b) => b.x - a.x)[0];
  if (!found) throw new Error(`2025/12 blank: no check box left of "${w.text}"`);
  return found;
};

/** The labelled check boxes: [field, label, nth match of that label in the row]. */
const LABELLED: Record<"gl" | "auto" | "umb" | "wc", [string, string][]> = {
  gl: [
    ["GeneralLiability_CoverageIndicator_A", "COMMERCIAL GENERAL LIABILITY"],
    ["GeneralLiability_ClaimsMadeIndicator_A", "CLAIMS-MADE"],
    ["GeneralLiability_OccurrenceIndicator_A", "OCCUR"],
    ["GeneralLiability_GeneralAggregate_LimitAppliesPerPolicyIndicator_A", "POLICY"],
    ["GeneralLiability_GeneralAggregate_LimitAppliesPerProjectIndicator_A", "PRO-"],
    ["GeneralLiability_GeneralAggregate_LimitAppliesPerLocationIndicator_A", "LOC"],
    ["GeneralLiability_GeneralAggregate_LimitAppliesToOtherIndicator_A", "OTHER:"],
  ],
  auto: [
    ["Vehicle_AnyAutoIndicator_A", "ANY AUTO"],
    ["Vehicle_AllOwnedAutosIndicator_A", "OWNED"],
    ["Vehicle_HiredAutosIndicator_A", "HIRED"],
    ["Vehicle_ScheduledAutosIndicator_A", "SCHEDULED"],
    ["Vehicle_NonOwnedAutosIndicator_A", "NON-OWNED"],
  ],
  umb: [
    ["Policy_PolicyType_UmbrellaIndicator_A", "UMBRELLA LIAB"],
    ["Policy_PolicyType_ExcessIndicator_A", "EXCESS LIAB"],
    ["ExcessUmbrella_OccurrenceIndicator_A", "OCCUR"],
    ["ExcessUmbrella_ClaimsMadeIndicator_A", "CLAIMS-MADE"],
    ["ExcessUmbrella_DeductibleIndicator_A", "DED"],
    ["ExcessUmbrella_RetentionIndicator_A", "RETENTION $"],
  ],
  wc: [
    ["WorkersCompensationEmployersLiability_WorkersCompensationStatutoryLimitIndicator_A", "PER"],
    ["WorkersCompensationEmployersLiability_OtherCoverageIndicator_A", "OTH-"],
  ],
};

export type TypeColumn = { x1: number; x2: number };

export function locateCheckBoxes(words: Word[], grid: Grid, sections: Section[], type: TypeColumn, slots: Map<string, Rect>, checkboxes: Set<string>) {
  const squares = grid.squares();
  const rowOf = (key: Section["key"]) => sections.find((s) => s.key === key)!;
  const labelled = (key: keyof typeof LABELLED) => {
    const row = rowOf(key);
    for (const [field, label] of LABELLED[key]) {
      const w = wordIn(words, label, row.bottom, row.top);
      slots.set(field, squareLeftOf(squares, w));
      checkboxes.add(field);
    }
  };
  (Object.keys(LABELLED) as (keyof typeof LABELLED)[]).forEach(labelled);
  const box = (field: string) => slots.get(field)!;
  const text = (field: string, x1: number, x2: number, y: Rect) => slots.set(field, { x: x1, y: y.y, width: x2 - x1, height: y.height });
  const unlabelled = (field: string, square: Rect) => {
    slots.set(field, square);
    checkboxes.add(field);
  };

  // General liability's two spare coverage lines: the unlabelled squares under COMMERCIAL GENERAL LIABILITY's.
  const cgl = box("GeneralLiability_CoverageIndicator_A");
  const labelledYs = new Set(LABELLED.gl.map(([f]) => box(f).y.toFixed(1)));
  const spare = squares
    .filter((s) => Math.abs(s.x - cgl.x) < 1 && s.y < cgl.y && s.y > rowOf("gl").bottom && !labelledYs.has(s.y.toFixed(1)))
    .sort((a, b) => b.y - a.y);
  if (spare.length < 2) throw new Error("2025/12 blank: the spare general liability check boxes are missing");
  ["A", "B"].forEach((n, i) => {
    unlabelled(`GeneralLiability_OtherCoverageIndicator_${n}`, spare[i]);
    text(`GeneralLiability_OtherCoverageDescription_${n}`, spare[i].x + spare[i].width + 3, type.x2 - 2, spare[i]);
  });
  const other = box("GeneralLiability_GeneralAggregate_LimitAppliesToOtherIndicator_A");
  const otherLabel = wordIn(words, "OTHER:", other.y, other.y + other.height);
  text("GeneralLiability_GeneralAggregate_LimitAppliesToCode_A", otherLabel.x + otherLabel.width + 2, type.x2 - 2, other);

  // Automobile's spare covered-autos lines: the squares under HIRED and under NON-OWNED.
  const below = (field: string) => {
    const b = box(field);
    const found = squares.find((s) => Math.abs(s.x - b.x) < 1 && s.y < b.y - 1 && s.y > b.y - b.height - 2);
    if (!found) throw new Error(`2025/12 blank: no spare check box under ${field}`);
    return found;
  };
  const autoA = below("Vehicle_HiredAutosIndicator_A");
  const autoB = below("Vehicle_NonOwnedAutosIndicator_A");
  unlabelled("Vehicle_OtherCoveredAutoIndicator_A", autoA);
  unlabelled("Vehicle_OtherCoveredAutoIndicator_B", autoB);
  text("Vehicle_OtherCoveredAutoDescription_A", autoA.x + autoA.width + 3, autoB.x - 2, autoA);
  text("Vehicle_OtherCoveredAutoDescription_B", autoB.x + autoB.width + 3, type.x2 - 2, autoB);

  const retention = box("ExcessUmbrella_RetentionIndicator_A");
  const retentionLabel = wordIn(words, "RETENTION $", retention.y, retention.y + retention.height);
  text("ExcessUmbrella_Umbrella_DeductibleOrRetentionAmount_A", retentionLabel.x + retentionLabel.width + 2, type.x2 - 2, retention);

  // Workers compensation: OTH-ER's description fills the cell right of its label; Y / N has its own square below.
  const oth = box("WorkersCompensationEmployersLiability_OtherCoverageIndicator_A");
  const othLabel = wordIn(words, "OTH-", oth.y, oth.y + oth.height + 2);
  const cellLeft = grid.vLine(othLabel.x + othLabel.width, oth.y + oth.height / 2, 1).x;
  const cellRight = grid.vLine(cellLeft + 1, oth.y + oth.height / 2, 1).x;
  text("WorkersCompensationEmployersLiability_OtherCoverageDescription_A", cellLeft + 1.5, cellRight - 1.5, oth);
  const yn = findWords(words, "Y / N")[0];
  const excluded = yn && squares.filter((s) => s.y + s.height < yn.y + 1 && s.y + s.height > yn.y - 6 && Math.abs(s.x - yn.x) < 6)[0];
  if (!excluded) throw new Error("2025/12 blank: no Y / N box for ANY PROPRIETOR/PARTNER EXCLUDED");
  slots.set("WorkersCompensationEmployersLiability_AnyPersonsExcludedIndicator_A", excluded);

  // The spare row: its description takes the TYPE OF INSURANCE cell, two lines high.
  const spareRow = rowOf("other");
  slots.set("OtherPolicy_OtherPolicyDescription_A", { x: type.x1 + 3, y: spareRow.bottom + 1, width: type.x2 - type.x1 - 5, height: spareRow.top - spareRow.bottom - 2 });
}
