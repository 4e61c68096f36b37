import { parseAmount } from "../../normalize";
import { sliceRun, type Run } from "../../pdf/text-runs";
import type { Collector } from ".";
import { coverageOf, limitField, norm, policyField, TABLE_COLUMNS, type CoverageSection } from "./vocabulary";

// A coverage table: a header line names the columns (TYPE OF INSURANCE, POLICY NUMBER, EFFECTIVE, LIMITS…); a
// row starts where the first column names a coverage; its limits run down the LIMITS column as label and amount.
// A heading cut out of a merged run has an estimated position, hence a few points of slack under it.

export type TableColumns = { name: (typeof TABLE_COLUMNS)[number][1]; x: number }[];

const columnName = (text: string) => TABLE_COLUMNS.find(([re]) => re.test(norm(text)))?.[1];

/** Column headings printed close together merge into one run ("INSR ADDL SUBR POLICY NUMBER"): cut them apart. */
function headings(run: Run): Run[] {
  const words = [...run.text.matchAll(/\S+/g)];
  const out: Run[] = [];
  for (let i = 0; i < words.length; ) {
    const n = [3, 2, 1].find((k) => i + k <= words.length && columnName(words.slice(i, i + k).map((w) => w[0]).join(" ")));
    if (!n) {
      i++;
      continue;
    }
    const last = words[i + n - 1];
    out.push(sliceRun(run, words[i].index, last.index + last[0].length));
    i += n;
  }
  return out.length > 0 ? out : [run];
}

export function tableColumns(line: Run[]): TableColumns | null {
  const cols: TableColumns = [];
  for (const run of line.flatMap(headings)) {
    const name = columnName(run.text);
    if (name) cols.push({ name, x: run.x0 });
  }
  const names = new Set(cols.map((c) => c.name));
  return names.has("number") && names.has("limits") && (names.has("effective") || names.has("expiration")) ? cols : null;
}

function columnOf(cols: TableColumns, run: Run) {
  return cols.filter((c) => c.x <= run.x0 + 6).sort((a, b) => b.x - a.x)[0]?.name ?? "type";
}

export function readTableLine(c: Collector, cols: TableColumns, line: Run[], current: CoverageSection | null) {
  let coverage = current;
  let read = 0;
  const limitRuns: Run[] = [];
  const first = line.find((r) => columnOf(cols, r) === "type");
  const named = first && coverageOf(first.text);
  if (named) {
    coverage = named;
    read++;
    if (named === "umbrella") c.put(/excess/i.test(first.text) ? "Policy_PolicyType_ExcessIndicator_A" : "Policy_PolicyType_UmbrellaIndicator_A", [first], true);
  }
  if (!coverage) return { coverage, read };
  for (const run of line) {
    const col = columnOf(cols, run);
    if (col === "type") continue;
    if (col === "limits") limitRuns.push(run);
    else if (named) {
      const field = policyField(coverage, col);
      if (field) {
        c.put(field, [run], run.text);
        read++;
      }
    }
  }
  // "Each Occurrence" then "$1,000,000": the amount is the last run that reads as one.
  const amountAt = limitRuns.findLastIndex((r) => parseAmount(r.text) !== null);
  if (amountAt > 0) {
    const label = limitRuns.slice(0, amountAt).map((r) => r.text).join(" ");
    const field = limitField(coverage, label);
    if (field) {
      c.put(field, [limitRuns[amountAt]], limitRuns[amountAt].text);
      read++;
    }
  }
  return { coverage, read };
}
