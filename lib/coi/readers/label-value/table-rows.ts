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
  private row: Cov | null;
  private cells = new Map<number, Piece[]>();
  private lastY: number;
  private readonly lineHeight: number;
  private readonly page: number;
  rows = 0;

  constructor(
    private readonly cols: Column[],
    private readonly a: Assigner,
    header: Run[],
    private readonly section: Cov | null,
  ) {
    this.row = null;
    this.lastY = centerY(header[0]);
    this.lineHeight = height(header[0]);
    this.page = header[0].page;
  }

  /** Whether the line is below the table's last line by more than a gap (or on another page). */
  isPast(line: Run[]): boolean {
    return line[0].page !== this.page || this.lastY - centerY(line[0]) > GAP * this.lineHeight;
  }

  /** Reads one line into the current row; false when the line has nothing in the table's columns. */
  read(line: Run[]): boolean {
    const cells = cellsOf(this.cols, line);
    const typeAt = this.cols.findIndex((c) => c.kind === "type");
    const named = typeAt === -1 ? null : coverageIn(textOf(cells.get(typeAt) ?? []));
    if (named && named.coverage !== this.row?.key) {
      this.flush();
      this.row = { key: named.coverage, name: named.name };
      this.rows++;
      if (this.a.accepts(this.row) && named.coverage === "umbrella") {
        const excess = /excess/i.test(named.name) && !/umbrella/i.test(named.name);
        this.a.c.put(excess ? "Policy_PolicyType_ExcessIndicator_A" : "Policy_PolicyType_UmbrellaIndicator_A", cells.get(typeAt)!, true);
      }
    } else if (!this.row && this.section && typeAt === -1) {
      this.row = this.section;
      this.rows++;
    }
    if (cells.size === 0) return false;
    this.lastY = centerY(line[0]);
    for (const [i, runs] of cells) {
      if (i === typeAt) continue;
      this.cells.set(i, [...(this.cells.get(i) ?? []), { runs, y: centerY(runs[0]) }]);
    }
    return true;
  }

  /** Puts the current row's cells into their boxes. */
  flush() {
    const cov = this.row;
    const cells = this.cells;
    this.cells = new Map();
    if (!cov || !this.a.accepts(cov)) return;
    for (const [i, pieces] of cells) {
      const col = this.cols[i];
      if (col.kind === "limits") readLimitCell(this.a, cov, pieces, this.lineHeight);
      else if (col.kind === "period") this.period(cov, pieces);
      else for (const p of pieces) this.cell(cov, col, p.runs);
    }
  }

  private cell(cov: Cov, col: Column, runs: Run[]) {
    const text = textOf(runs);
    switch (col.kind) {
      case "number":
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
