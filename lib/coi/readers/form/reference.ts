import { labelKey } from "../../pdf/text-runs";
import type { Box } from "../../pdf/matrix";
import edition2016 from "../../acord25/reference/acord25-2016-03.json";
import edition2025 from "../../acord25/reference/acord25-2025-12.json";
import type { Rect, ReferenceData } from "./reference-data";
import { editionVariants } from "./editions";

// An edition's reference as the reader uses it: labels with their match keys, value slots with their cells, and
// how each slot takes values (see SlotMode). Built once per edition from the committed data.

export type RefLabel = { text: string; key: string; box: Box; unique: boolean; index: number; cut?: boolean };

/**
 * `row`: the only text box in a tall ruled cell (a coverage row's policy number): anything printed in the cell is its
 * value, on any line. `line`: a box sharing its cell with others, or one line high: a value must sit on its line,
 * nearest to it. `party`: the name and address boxes of PRODUCER / INSURED / CERTIFICATE HOLDER, read line by line.
 * `multiline`: remarks and the signature. `checkbox`: a mark inside the box.
 */
export type SlotMode = "row" | "line" | "party" | "multiline" | "checkbox";

export type Slot = { name: string; kind: "text" | "checkbox"; rect: Box; cell: Box; mode: SlotMode };

export type Reference = {
  edition: string;
  page: [number, number];
  labels: RefLabel[];
  slots: Slot[];
  /** Keys of every label any edition prints, so an unmatched label is never taken for a value. */
  labelKeys: Set<string>;
  /** A one-line box → the caption printed on its line to its left (EACH OCCURRENCE for its amount). */
  lineLabel: Map<string, number>;
  /** The form's ruling lines, pieces on one line that meet joined: what a scan's lines are matched to. */
  rules: { horizontal: RefRule[]; vertical: RefRule[] };
};

/** A rule `at` a y (horizontal) or an x (vertical), from `from` to `to` along it, in points. */
export type RefRule = { at: number; from: number; to: number };

const box = ([x0, y0, x1, y1]: Rect): Box => ({ x0, y0, x1, y1 });

const PARTY = /^(Producer|NamedInsured|CertificateHolder)_(FullName|MailingAddress)/;
/** The coverage-row boxes: printed on whichever line of the row the agency system uses. */
const ROW = /(InsurerLetterCode|AdditionalInsuredCode|SubrogationWaivedCode|PolicyNumberIdentifier|EffectiveDate|ExpirationDate)_A$/;
const MULTILINE = new Set(["CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", "Producer_AuthorizedRepresentative_Signature_A", "OtherPolicy_OtherPolicyDescription_A"]);

function modeOf(name: string, kind: string, cell: Box, rect: Box, cellMates: number): SlotMode {
  if (kind === "checkbox") return "checkbox";
  if (PARTY.test(name)) return "party";
  if (MULTILINE.has(name)) return "multiline";
  if (ROW.test(name) && cellMates === 1 && cell.y1 - cell.y0 > 1.6 * (rect.y1 - rect.y0)) return "row";
  return "line";
}

function build(data: ReferenceData): Reference {
  const counts = new Map<string, number>();
  for (const l of data.labels) counts.set(labelKey(l.text), (counts.get(labelKey(l.text)) ?? 0) + 1);
  const labels = data.labels.map((l, index) => {
    const key = labelKey(l.text);
    // A label printed several times (EACH OCCURRENCE, $) cannot place the page on its own.
    return { text: l.text, key, box: box(l.box), unique: counts.get(key) === 1 && key.length >= 3, index, cut: l.cut };
  });
  const cellKey = (r: Rect) => r.map((n) => n.toFixed(1)).join(",");
  const textInCell = new Map<string, number>();
  for (const b of data.boxes) if (b.kind === "text") textInCell.set(cellKey(b.cell), (textInCell.get(cellKey(b.cell)) ?? 0) + 1);
  const slots = data.boxes.map((b) => ({
    name: b.name,
    kind: b.kind,
    rect: box(b.rect),
    cell: box(b.cell),
    mode: modeOf(b.name, b.kind, box(b.cell), box(b.rect), textInCell.get(cellKey(b.cell)) ?? 0),
  }));
  const labelKeys = new Set([...labels.map((l) => l.key), ...editionVariants().map(labelKey)]);
  return { edition: data.edition, page: data.page, labels, slots, labelKeys, lineLabel: lineLabels(slots, labels), rules: rulesOf(data.rules) };
}

function rulesOf(rects: Rect[]): Reference["rules"] {
  const horizontal = rects.filter(([, y0, , y1]) => Math.abs(y1 - y0) < 0.5).map(([x0, y0, x1]) => ({ at: y0, from: Math.min(x0, x1), to: Math.max(x0, x1) }));
  const vertical = rects.filter(([x0, , x1]) => Math.abs(x1 - x0) < 0.5).map(([x0, y0, , y1]) => ({ at: x0, from: Math.min(y0, y1), to: Math.max(y0, y1) }));
  return { horizontal: joinRules(horizontal), vertical: joinRules(vertical) };
}

/** Pieces of one line that meet (the extraction cuts a rule where another crosses it) are one line on paper. */
function joinRules(rules: RefRule[]): RefRule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: RefRule[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.at - r.at) < 0.5 && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

function lineLabels(slots: Slot[], labels: RefLabel[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of slots) {
    if (s.mode !== "line" || s.kind !== "text") continue;
    const beside = labels
      .filter((l) => l.key !== "$" && l.key.length >= 3 && l.box.x1 <= s.rect.x0 + 2 && l.box.x0 > s.rect.x0 - 130)
      .filter((l) => l.box.y0 >= s.rect.y0 - 1 && l.box.y0 <= s.rect.y1)
      .sort((a, b) => b.box.x0 - a.box.x0)[0];
    if (beside) out.set(s.name, beside.index);
  }
  return out;
}

let cache: Reference[] | undefined;
let prefixCache: Set<string> | undefined;

/** Every beginning of every caption's key, across editions: what a page's word sequences are checked against. */
export function captionPrefixes(): Set<string> {
  if (prefixCache) return prefixCache;
  const out = new Set<string>();
  for (const ref of references()) for (const key of [...ref.labelKeys, ...ref.labels.map((l) => l.key)]) for (let i = 1; i <= key.length; i++) out.add(key.slice(0, i));
  prefixCache = out;
  return out;
}

/** Every edition the reader knows, most common first. */
export function references(): Reference[] {
  cache ??= [build(edition2016 as ReferenceData), build(edition2025 as ReferenceData)];
  return cache;
}
