import { centerY, height, sliceRun, type Run } from "../../pdf/text-runs";
import { LABELS, type LimitId } from "./labels";
import { norm, PhraseBook } from "./phrases";

// A coverage table is found from its header row: the column headings (TYPE OF INSURANCE, POLICY NUMBER,
// EFFECTIVE…, or limit names such as "Each Occurrence") give each column its extent. A heading printed over two
// lines ("Policy" over "Number", "INSR" over "LTR") is put together first; a heading spanning several columns
// ("Limits" over "Each Occurrence" and "Aggregate") names none of them.

export type ColumnKind = "type" | "letter" | "insurer" | "addl" | "subr" | "number" | "effective" | "expiration" | "period" | "limits";
export type Column = { kind: ColumnKind | "limit" | null; limit?: LimitId; label: string; x0: number; x1: number };

const DATE = "[mm dd yyyy|mm dd yy|date|dates]";
const COLUMNS = new PhraseBook<ColumnKind>([
  ["(type of insurance|type of coverage|coverage|coverages|coverage type|policy type|type|line of business|line of coverage|lines of coverage|insurance type|kind of insurance|insurance)", "type"],
  ["(insr ltr|insr|ltr|insurer letter|ins ltr)", "letter"],
  ["(insurer|carrier|insurance company|company|insurer name|carrier name|underwriter|insurer naic|insurer naic #|insurer s)", "insurer"],
  ["(addl insd|addl|additional insured|addl ins|add l insd|ai)", "addl"],
  ["(subr wvd|subr|waiver of subrogation|waiver|wvd|subrogation waived|wos)", "subr"],
  ["(policy number|policy no|policy #|policy|number|policy num|pol #|policy numbers|policy no s)", "number"],
  [`[policy] (effective|eff|inception|start) ${DATE}`, "effective"],
  [`[policy] (expiration|expiry|expires|exp|end) ${DATE}`, "expiration"],
  [`[policy|coverage] (period|term|eff exp|effective expiration|effective dates) ${DATE}`, "period"],
  ["(limits|limit|limits of liability|limit of liability|coverage limits|amount|amounts|limits of insurance)", "limits"],
]);

function nameOf(text: string): Pick<Column, "kind" | "limit"> | null {
  const key = norm(text);
  const kind = COLUMNS.get(key);
  if (kind) return { kind };
  const label = LABELS.get(key);
  return label?.kind === "limit" && label.id !== "limit" ? { kind: "limit", limit: label.id } : null;
}

const column = (label: string, x0: number, x1: number, named = nameOf(label)): Column => ({ kind: null, label, x0, x1, ...named });

/** Headings printed close together merge into one run ("INSR ADDL SUBR POLICY NUMBER"): cut them apart. */
function pieces(run: Run): Run[] {
  const words = [...run.text.matchAll(/\S+/g)];
  const out: Run[] = [];
  for (let i = 0; i < words.length; ) {
    const n = [4, 3, 2, 1].find((k) => i + k <= words.length && nameOf(words.slice(i, i + k).map((w) => w[0]).join(" ")));
    const take = n ?? 1;
    const last = words[i + take - 1];
    out.push(sliceRun(run, words[i].index, last.index + last[0].length));
    i += take;
  }
  // Cut only when at least two headings were found; otherwise the run is one heading (or none).
  return out.filter((p) => nameOf(p.text)).length >= 2 ? out : [run];
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;

function columnsOf(line: Run[]): Column[] {
  return line.flatMap(pieces).map((r) => column(r.text, r.x0, r.x1));
}

/** Two heading lines as one: each upper piece over exactly one lower piece is the first part of its heading. */
function mergeHeadings(upper: Run[], lower: Run[]): Column[] {
  const top = upper.flatMap(pieces);
  const bottom = lower.flatMap(pieces);
  const cols: Column[] = [];
  for (const b of bottom) {
    const over = top.filter((t) => overlaps(t, b) && bottom.filter((o) => overlaps(t, o)).length === 1);
    const text = [...over.map((t) => t.text), b.text].join(" ");
    // "ADDL" over "INSR" (a misprint of INSD) is ADDL's column, not an insurer letter.
    const named = nameOf(text) ?? (over.length > 0 ? nameOf(over.map((t) => t.text).join(" ")) : null) ?? nameOf(b.text);
    const x0 = Math.min(b.x0, ...over.map((t) => t.x0));
    const x1 = Math.max(b.x1, ...over.map((t) => t.x1));
    cols.push(column(text, x0, x1, named));
  }
  for (const t of top) {
    if (!bottom.some((b) => overlaps(t, b))) cols.push(column(t.text, t.x0, t.x1));
  }
  return cols.sort((a, b) => a.x0 - b.x0);
}

/** Named columns only, when they make a coverage table: a policy number and its dates or limits. */
function accept(cols: Column[]): Column[] | null {
  const named = cols.filter((c) => c.kind !== null);
  // "Policy | Policy Number | …": the bare "Policy" column names the coverage.
  if (!named.some((c) => c.kind === "type") && named.filter((c) => c.kind === "number").length > 1) {
    const bare = named.find((c) => c.kind === "number" && norm(c.label) === "policy");
    if (bare) bare.kind = "type";
  }
  const kinds = new Set(named.map((c) => c.kind));
  const dates = kinds.has("effective") || kinds.has("expiration") || kinds.has("period");
  const limits = kinds.has("limits") || kinds.has("limit");
  return kinds.has("number") && (dates || limits) && kinds.size >= 3 ? named : null;
}

const count = (cols: Column[] | null) => cols?.length ?? 0;

/**
 * The table header starting at lines[at]: its columns and how many lines it takes, or null. Two lines are one
 * header only when together they name more columns than either does alone ("INSR / LTR", "POLICY EFF /
 * (MM/DD/YYYY)"); a line above a header that adds nothing (a group heading, the insured's name) is not part of it.
 */
export function tableHeader(lines: Run[][], at: number): { columns: Column[]; lines: number } | null {
  const line = lines[at];
  const next = lines[at + 1];
  // Headings carry no amounts or long numbers: a value line is never a header (and is the common case).
  if (line.some((r) => /\d{3}|\$/.test(r.text))) return null;
  const single = accept(columnsOf(line));
  const close = next && next[0].page === line[0].page && centerY(line[0]) - centerY(next[0]) < 2 * height(line[0]);
  // A second header line holds no values: no amounts, no long numbers.
  if (close && !next.some((r) => /\d{3}|\$/.test(r.text))) {
    const merged = accept(mergeHeadings(line, next));
    if (count(merged) > Math.max(count(single), count(accept(columnsOf(next))))) return { columns: merged!, lines: 2 };
  }
  return single ? { columns: single, lines: 1 } : null;
}
