import { centerY, height, type Run } from "../../pdf/text-runs";
import type { Assigner, Cov } from "./assign";
import { cellsOf } from "./cells";
import { textOf } from "./collector";
import { readLimitCell } from "./limit-cell";
import type { Column } from "./table";
import { coverageIn } from "./vocabulary";
import { findDates, readPeriod } from "./values";

// The rows of a coverage table. A row starts where the first column names a coverage; the lines below it, up to
// the next coverage, are that row (a cell may hold several lines: stacked dates, a limits cell with one "Label
// $amount" per line). A table under a coverage heading has no coverage column: its rows are that coverage's.

/** Lines further below the previous table line than this many line heights are past the table. */
const GAP = 4;

type Piece = { runs: Run[]; y: number };

export class Table {
  private lines: Map<number, Run[]>[] = [];
  private lastY: number;
  private readonly lineHeight: number;
  private readonly page: number;
  private readonly typeAt: number;
  rows = 0;
  cellsRead = 0;

  constructor(
    private readonly cols: Column[],
    private readonly a: Assigner,
    header: Run[],
    private readonly section: Cov | null,
  ) {
    this.lastY = centerY(header[0]);
    this.lineHeight = height(header[0]);
    this.page = header[0].page;
    this.typeAt = cols.findIndex((c) => c.kind === "type");
  }

  /** Whether the line is below the table's last line by more than a gap (or on another page). */
  isPast(line: Run[]): boolean {
    return line[0].page !== this.page || this.lastY - centerY(line[0]) > GAP * this.lineHeight;
  }

  /** Takes one line of the table; rows are cut when the table ends, since a coverage name may wrap. */
  read(line: Run[]): boolean {
    const cells = cellsOf(this.cols, line);
    if (cells.size === 0) return false;
    this.lastY = centerY(line[0]);
    this.lines.push(cells);
    return true;
  }

  /** Cuts the lines into rows at each coverage name and puts each row's cells into their boxes. */
  flush() {
    const lines = this.lines;
    this.lines = [];
    const typeText = (k: number) => (this.typeAt === -1 || !lines[k] ? "" : textOf(lines[k].get(this.typeAt) ?? []));
    let row: Cov | null = this.typeAt === -1 && lines.length > 0 ? this.section : null;
    if (row) this.rows++;
    let cells = new Map<number, Piece[]>();
    lines.forEach((line, k) => {
      // "General" over "Liability", "Workers" over "Compensation": a name wrapped in its cell.
      const own = coverageIn(typeText(k));
      const joined = `${typeText(k)} ${typeText(k + 1)}`;
      const wrapped = !own && typeText(k) && !coverageIn(typeText(k + 1)) ? coverageIn(joined) : null;
      const named = own ?? (wrapped && { coverage: wrapped.coverage, name: joined });
      if (named && named.coverage !== row?.key) {
        if (row) this.putRow(row, cells);
        cells = new Map();
        row = { key: named.coverage, name: named.name };
        this.rows++;
        this.policyType(row, line.get(this.typeAt)!);
      }
      for (const [i, runs] of line) {
        if (i !== this.typeAt) cells.set(i, [...(cells.get(i) ?? []), { runs, y: centerY(runs[0]) }]);
      }
    });
    if (row) this.putRow(row, cells);
  }

  private policyType(row: Cov, runs: Run[]) {
    if (row.key !== "umbrella" || !this.a.accepts(row)) return;
    const excess = /excess/i.test(row.name) && !/umbrella/i.test(row.name);
    this.a.c.put(excess ? "Policy_PolicyType_ExcessIndicator_A" : "Policy_PolicyType_UmbrellaIndicator_A", runs, true);
  }

  private putRow(cov: Cov, cells: Map<number, Piece[]>) {
    if (!this.a.accepts(cov)) return;
    this.cellsRead += cells.size;
    for (const [i, pieces] of cells) {
      const col = this.cols[i];
      if (col.kind === "limits") readLimitCell(this.a, cov, pieces, this.lineHeight);
      else if (col.kind === "period") this.period(cov, pieces);
      // An insurer's name wraps in its cell ("Federated Mutual" / "Insurance Company").
      else if (col.kind === "insurer") this.cell(cov, col, pieces.flatMap((p) => p.runs));
      else for (const p of pieces) this.cell(cov, col, p.runs);
    }
  }

  private cell(cov: Cov, col: Column, runs: Run[]) {
    const text = textOf(runs);
    switch (col.kind) {
      case "number":
        // A limit under a policy-number heading is a layout this table does not describe.
        return !text.startsWith("$") && this.a.policy(cov, "number", runs);
      case "letter":
      case "subr":
        return this.a.policy(cov, col.kind, runs);
      case "effective":
      case "expiration":
        // "(MM/DD/YYYY)" under the heading, or a wrapped heading word, is no value.
        return findDates(text).length > 0 && this.a.policy(cov, col.kind, runs);
      case "addl":
        return this.a.addl(cov, runs);
      case "insurer":
        return /^[A-F]$/i.test(text) ? this.a.policy(cov, "letter", runs) : this.a.insurer(null, runs);
      case "limit":
        return this.a.limit(cov, col.limit!, col.label, runs);
    }
  }

  /** "01/05/2025 - 01/05/2026" on one line, or the two dates stacked in the cell. */
  private period(cov: Cov, pieces: Piece[]) {
    const runs = pieces.flatMap((p) => p.runs);
    if (readPeriod(textOf(runs))) return this.a.policy(cov, "period", runs);
    const dated = pieces.filter((p) => findDates(textOf(p.runs)).length === 1);
    if (dated.length !== 2) return;
    this.a.policy(cov, "effective", dated[0].runs);
    this.a.policy(cov, "expiration", dated[1].runs);
  }
}
