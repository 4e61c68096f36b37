import type { ParsedCertificate, FieldSource } from "../../parsed-certificate";
import type { Assigned } from "./assign";
import { sourceOfWords } from "./lines";
import type { Located } from "./locate";
import type { ValueWord } from "./values";

// What was printed but not read. A coverage row with text in it that went to none of the row's boxes is not "no
// coverage": the reader could not place what the agency printed there, and a person must look. Such a row gets a
// source of its own (`coverages.<key>`) with confidence 0 and a note, which its rule reports.

/** Each coverage row of the grid, named by the box that spans it (the INSR LTR cell). */
const ROWS: [keyof ParsedCertificate["coverages"], string][] = [
  ["commercial_general_liability", "GeneralLiability_InsurerLetterCode_A"],
  ["automobile_liability", "Vehicle_InsurerLetterCode_A"],
  ["umbrella_liability", "ExcessUmbrella_InsurerLetterCode_A"],
  ["workers_compensation", "WorkersCompensationEmployersLiability_InsurerLetterCode_A"],
  ["other", "OtherPolicy_InsurerLetterCode_A"],
];

export type Unplaced = { path: string; source: FieldSource };

export function unplacedRows(loc: Located, words: ValueWord[], assigned: Assigned, parsed: ParsedCertificate): Unplaced[] {
  const placed = new Set([...assigned.values()].flat().map((w) => w.id));
  const out: Unplaced[] = [];
  for (const [key, spanning] of ROWS) {
    if (parsed.coverages[key]) continue;
    const row = loc.ref.slots.find((s) => s.name === spanning)?.cell;
    if (!row) continue;
    const stray = words.filter((w) => !placed.has(w.id) && !w.isMark && w.lineY > row.y0 && w.lineY < row.y1 && (w.ref.x0 + w.ref.x1) / 2 > row.x0);
    if (stray.length === 0) continue;
    const text = stray.map((w) => loc.words.runs[w.run].text.slice(w.start, w.end)).join(" ");
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    out.push({ path: `coverages.${key}`, source: { ...sourceOfWords(loc.words, stray), note: `"${shown}" is printed in this row but could not be placed in its boxes` } });
  }
  return out;
}
