import type { Acord25FieldName } from "../../acord25/field-names";
import type { FieldValue, FieldValues } from "../../acord25/field-values";
import { fieldsToParsed } from "../../acord25/to-parsed";
import { parseAmount } from "../../normalize";
import type { CertificateShape, ReadResult } from "../../parsed-certificate";
import { groupLines, mergeRuns, sliceRun, sourceOfRuns, type ItemWithConfidence, type Run } from "../../pdf/text-runs";
import type { AdjustFields } from "../flattened";
import { joinWrapped } from "../flattened/wrap";
import { putBlock } from "./blocks";
import { readTableLine, tableColumns, type TableColumns } from "./table";
import { coverageOf, headingOf, labelMeaning, type CoverageSection, type Section } from "./vocabulary";

// Certificates in a carrier's or agency's own layout: sections found by their headings ("GENERAL LIABILITY",
// "CERTIFICATE HOLDER"), values by the label printed before them ("Each Occurrence: $1,000,000", a label column
// beside a value column, or a coverage table), in any order. Values go to the ACORD field they mean, so the
// mapping, sources and confidence bookkeeping are the same as for the form itself.

/** Labels read off a layout we do not know in advance: right more often than not, but a person confirms limits. */
export const LABEL_CONFIDENCE = 0.95;
const CONFLICT = 0.5;

export type Collector = {
  fields: FieldValues;
  put(field: Acord25FieldName | string, runs: Run[], value: string | boolean, confidence?: number): void;
};

function collector(): Collector {
  const fields: FieldValues = new Map();
  return {
    fields,
    put(field, runs, value, confidence = LABEL_CONFIDENCE) {
      const min = Math.min(confidence, ...runs.map((r) => r.confidence));
      const existing = fields.get(field);
      // The same box printed twice with different values: keep the first, but trust neither.
      if (existing) {
        if (existing.value !== value) existing.confidence = Math.min(existing.confidence, CONFLICT);
        return;
      }
      const entry: FieldValue = { value, source: sourceOfRuns(runs), confidence: min };
      fields.set(field, entry);
    },
  };
}

/** "Label: value" inside one run, or a label run followed by value runs on the same line. */
function pairsOf(line: Run[], section: Section): { label: string; value: Run[] }[] {
  const out: { label: string; value: Run[] }[] = [];
  line.forEach((run, i) => {
    const m = /^([^:]{2,60}?):\s*(.*)$/.exec(run.text);
    if (m && labelMeaning(m[1], section)) {
      const value = m[2] ? [sliceRun(run, run.text.length - m[2].length, run.text.length)] : line.slice(i + 1, i + 2);
      out.push({ label: m[1], value });
    }
  });
  if (out.length === 0 && line.length >= 2 && labelMeaning(line[0].text, section)) out.push({ label: line[0].text, value: line.slice(1) });
  return out;
}

export function readLabelLayout(pages: ItemWithConfidence[][], shape: CertificateShape, adjust?: AdjustFields): ReadResult | null {
  const c = collector();
  let section: Section = "top";
  let coverage: CoverageSection | null = null;
  let table: TableColumns | null = null;
  let block: Run[][] = [];
  const description: Run[][] = [];
  let recognised = 0;
  const flushBlock = () => {
    if (block.length > 0) putBlock(c, section, block);
    block = [];
  };
  for (const line of pages.flatMap((items) => groupLines(mergeRuns(items)))) {
    const text = line.map((r) => r.text).join(" ");
    // Inside the remarks only a capitalised heading ends them: "…of the named insured." is still the remarks.
    const heading: Section | null = line.length === 1 && (section !== "description" || !/[a-z]/.test(text)) ? headingOf(text) : null;
    const columns = tableColumns(line);
    if (heading || columns) {
      flushBlock();
      table = columns ?? (heading === "description" || heading === "holder" ? null : table);
      if (heading) section = heading;
      coverage = coverageOf(text) ?? (columns ? null : coverage);
      if (heading === "umbrella") c.put(/excess/i.test(text) ? "Policy_PolicyType_ExcessIndicator_A" : "Policy_PolicyType_UmbrellaIndicator_A", line, true);
      recognised++;
      continue;
    }
    if (section === "description") {
      description.push(line);
      continue;
    }
    if (table && (section === "insurers" || section === "top" || coverage)) {
      const row = readTableLine(c, table, line, coverage);
      if (row.coverage) coverage = row.coverage;
      recognised += row.read;
      if (row.read > 0) continue;
    }
    const pairs = pairsOf(line, coverage ?? section);
    for (const { label, value } of pairs) {
      const meaning = labelMeaning(label, coverage ?? section)!;
      const valueText = value.map((r) => r.text).join(" ").trim();
      if (!valueText) continue;
      recognised++;
      if ("insurer" in meaning) putInsurer(c, meaning.insurer, value, valueText);
      else c.put(meaning.field, value, valueText);
    }
    if (pairs.length === 0 && ["producer", "insured", "holder", "signature"].includes(section)) block.push(line);
  }
  flushBlock();
  if (description.length > 0) {
    const runs = description.flat();
    // No box to measure: the widest line stands for the width the text was wrapped to.
    const width = Math.max(...description.map((l) => l[l.length - 1].x1 - l[0].x0));
    c.put("CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", runs, joinWrapped(description, width + 1));
  }
  const anyCoverage = [...c.fields.keys()].some((k) => /PolicyNumber|LimitAmount|Amount_A/.test(k));
  if (recognised < 5 || !anyCoverage) return null;
  adjust?.(c.fields);
  const { parsed, sources, confidence } = fieldsToParsed(c.fields);
  return { shape, parsed, sources, confidence };
}

function putInsurer(c: Collector, letter: string, runs: Run[], text: string) {
  const naic = /\(?\s*NAIC\s*(?:#|No\.?)?\s*:?\s*(\d{3,6})\s*\)?\s*$/i.exec(text);
  const name = naic ? text.slice(0, naic.index).trim().replace(/[,;]$/, "") : text;
  c.put(`Insurer_FullName_${letter}`, runs, name);
  if (naic) c.put(`Insurer_NAICCode_${letter}`, runs, naic[1]);
}

export { parseAmount };
