import { centerY, height, type Run } from "../../pdf/text-runs";
import { Assigner, type Cov } from "./assign";
import { Block, putBlock } from "./blocks";
import { textOf } from "./collector";
import { labelsAbove } from "./label-rows";
import { AMBIGUOUS } from "./limits";
import { pairsOf, type Pair } from "./pairs";
import { Remarks } from "./remarks";
import { findSignature, type SignatureArea } from "./signature";
import { tableHeader } from "./table";
import { Table } from "./table-rows";
import { isStatutory } from "./values";
import { coverageIn, headingOf, isCoverage, type Party, type Section } from "./vocabulary";

// The page read top to bottom, one text line at a time. What a line means depends on where it is: the section
// its heading opened (a limit under AUTOMOBILE LIABILITY is an auto limit), an open name-and-address block, a
// coverage table whose header came before, or a row of labels printed above their values.

/** Kinds of label that, printed with a colon, start something new: they end a table or the remarks. */
const STARTS_SECTION = new Set(["party", "signature", "insurer", "naic", "remarks"]);

export class LineWalk {
  readonly a = new Assigner();
  recognised = 0;
  signatureArea: SignatureArea | null = null;
  private section: Section = "top";
  private cov: Cov | null = null;
  private table: Table | null = null;
  private blocks: Block[] = [];
  private readonly remarks = new Remarks();
  private above: { pairs: Pair[]; line: Run[] } | null = null;
  /** Runs already read as a value of a label on a neighbouring line. */
  private readonly used = new Set<Run>();
  private readonly labelRuns = new WeakMap<Run, boolean>();

  constructor(private readonly lines: Run[][]) {}

  run() {
    for (let i = 0; i < this.lines.length; i++) i = this.line(i);
    this.endTable();
    for (const b of this.blocks) putBlock(this.a.c, b);
    this.remarks.put(this.a, this.a.additionalInsuredLines);
    this.a.finish();
  }

  /** Reads lines[i]; returns the index of the last line it used (a two-line table header uses two). */
  private line(i: number): number {
    const line = this.claimBlocks(this.lines[i].filter((r) => !this.used.has(r)));
    if (line.length === 0) return i;
    if ((this.section === "description" || this.section === "additional") && !this.endsRemarks(line)) {
      this.remarks.add(this.section, line);
      return i;
    }
    const header = tableHeader([line, ...this.lines.slice(i + 1, i + 2)], 0);
    if (header) {
      this.endTable();
      this.table = new Table(header.columns, this.a, line, this.cov);
      this.recognised++;
      return i + header.lines - 1;
    }
    if (this.table && (this.table.isPast(line) || this.endsTable(line))) this.endTable();
    if (this.table?.read(line)) return i;
    this.readPairs(i, line);
    return i;
  }

  private readPairs(i: number, line: Run[]) {
    const { pairs, free } = pairsOf(line);
    const above = this.above;
    this.above = null;
    if (above && pairs.length === 0) {
      for (const p of labelsAbove(above.pairs, above.line, free)) this.pair(i, p);
      return;
    }
    for (const run of free) {
      const heading = headingOf(run.text);
      if (heading) this.heading(i, heading, run);
      else if (this.cov?.key === "wc" && isStatutory(run.text)) this.a.statutory([run], AMBIGUOUS);
    }
    for (const p of pairs) this.pair(i, p);
    if (pairs.length > 0 && free.length === 0 && pairs.every((p) => p.value.length === 0 && isValueLabel(p))) this.above = { pairs, line };
    if (pairs.length === 0 && free.every((r) => !headingOf(r.text))) this.remarks.loose(line);
  }

  private heading(i: number, section: Section, run: Run) {
    this.recognised++;
    this.section = section;
    this.cov = isCoverage(section) ? { key: section, name: run.text } : null;
    if (section === "umbrella" && this.a.accepts(this.cov!)) {
      const excess = /excess/i.test(run.text) && !/umbrella/i.test(run.text);
      this.a.c.put(excess ? "Policy_PolicyType_ExcessIndicator_A" : "Policy_PolicyType_UmbrellaIndicator_A", [run], true);
    }
    if (section === "producer" || section === "insured" || section === "holder") this.blocks.push(new Block(section, [run.x0], run));
    if (section === "signature") this.signature(i, [run], []);
  }

  private pair(i: number, p: Pair) {
    const m = p.meaning;
    const v = p.value;
    const text = textOf(v);
    if (m.kind === "party") {
      this.recognised++;
      if (!text) return this.heading(i, m.party, p.label[0]);
      this.startBlock(m.party, [p.label[0].x0, v[0].x0], v);
    } else if (m.kind === "signature") {
      this.signature(i, p.label, v);
    } else if (m.kind === "remarks") {
      this.section = "description";
      this.cov = null;
      if (text) this.remarks.add("description", v);
    } else if (m.kind === "additional" && !text) {
      this.section = "additional";
    } else if (m.kind === "coverage") {
      const named = coverageIn(text);
      if (named) this.heading(i, named.coverage, v[0]);
    } else if (isValueLabel(p)) {
      // An insurer's name or NAIC # may sit a point off the label's baseline, and so on the next text line.
      const beside = p.meaning.kind === "insurer" || !text ? this.beside(i, p) : [];
      const value = { ...p, value: [...v, ...beside].sort((a, b) => a.x0 - b.x0) };
      if (value.value.length > 0 && this.dispatch(value)) this.recognised++;
      // "WC STATUTORY LIMITS" alone may be a check box's caption, checked or not: not for certain.
      else if (m.kind === "limit" && m.id === "statutory" && this.cov?.key === "wc") this.a.statutory(p.label, AMBIGUOUS);
    } else if (text && this.dispatch(p)) {
      this.recognised++;
    }
  }

  /** Runs right of the label on the neighbouring text lines, level with it (within about half a line). */
  private beside(i: number, p: Pair): Run[] {
    const last = p.label[p.label.length - 1];
    const cy = centerY(p.label[0]);
    const h = height(p.label[0]);
    const out: Run[] = [];
    for (const line of [this.lines[i - 1], this.lines[i + 1]]) {
      if (!line || line[0].page !== last.page) continue;
      for (const r of line) {
        const level = Math.abs(centerY(r) - cy) < 0.6 * h;
        // "ADDRESS:" under "E-MAIL" is the rest of a label, not a value.
        const value = !this.used.has(r) && !this.isLabel(r) && !r.text.endsWith(":");
        if (level && value && r.x0 >= last.x1 - 1 && r.x0 < last.x1 + 250) out.push(r);
      }
    }
    for (const r of out) this.used.add(r);
    return out;
  }

  private dispatch(p: Pair): boolean {
    const m = p.meaning;
    switch (m.kind) {
      case "top":
        return this.a.top(m.field, m.value, p.value);
      case "policy":
        return this.a.policy(this.cov, m.key, p.value);
      case "limit":
        return this.a.limit(this.cov, m.id, p.labelText, p.value);
      case "insurer":
        if (!m.letter && this.cov && /^[A-F]$/i.test(textOf(p.value))) return this.a.policy(this.cov, "letter", p.value);
        return this.a.insurer(m.letter, p.value);
      case "naic":
        return this.a.naic(p.value);
      case "additional":
        return this.a.additional(this.cov, p.value);
      default:
        return false;
    }
  }

  private startBlock(party: Party, xs: number[], first: Run[]) {
    const block = new Block(party, xs, first[0]);
    block.add(first);
    this.blocks.push(block);
  }

  private signature(i: number, label: Run[], value: Run[]) {
    this.recognised++;
    const found = findSignature(this.lines, i, label, value, (r) => this.isLabel(r));
    this.signatureArea ??= found.area;
    if (found.runs) this.a.c.put("Producer_AuthorizedRepresentative_Signature_A", found.runs, textOf(found.runs));
  }

  /** Open blocks take the runs that continue them; what is left is the rest of the line. */
  private claimBlocks(line: Run[]): Run[] {
    let rest = line;
    for (const block of [...this.blocks]) {
      const taken = block.claim(rest, (r) => this.isLabel(r));
      if (taken === null) {
        putBlock(this.a.c, block);
        this.blocks = this.blocks.filter((b) => b !== block);
      } else rest = rest.filter((r) => !taken.includes(r));
      if (rest.length === 0) break;
    }
    return rest;
  }

  /** Whether the run is a heading or starts with a label: asked of the same runs many times, so remembered. */
  private isLabel(r: Run): boolean {
    let known = this.labelRuns.get(r);
    if (known === undefined) {
      const first = headingOf(r.text) ? null : pairsOf([r]).pairs[0];
      known = !!headingOf(r.text) || (!!first && first.label[0].x0 <= r.x0 + 0.5 && (first.colon || first.value.length > 0 || textOf(first.label) === r.text));
      this.labelRuns.set(r, known);
    }
    return known;
  }

  private endsTable(line: Run[]): boolean {
    if (line.every((r) => headingOf(r.text) && !isCoverage(headingOf(r.text)))) return true;
    const { pairs, free } = pairsOf(line);
    // A row of labels with nothing beside them ("EACH OCCURRENCE   GENERAL AGGREGATE") starts another grid.
    if (pairs.length >= 2 && free.length === 0 && pairs.every((p) => p.value.length === 0)) return true;
    return pairs.some((p) => p.colon && STARTS_SECTION.has(p.meaning.kind));
  }

  private endsRemarks(line: Run[]): boolean {
    const first = headingOf(line[0].text);
    if (first && first !== "description" && /^[A-Z]/.test(line[0].text) && line.every((r) => headingOf(r.text) || this.isLabel(r))) return true;
    if (tableHeader([line], 0)) return true;
    return pairsOf(line).pairs.some((p) => p.colon && p.label[0].x0 <= line[0].x0 + 0.5 && (p.meaning.kind === "party" || p.meaning.kind === "signature"));
  }

  private endTable() {
    if (!this.table) return;
    this.table.flush();
    this.recognised += this.table.rows + this.table.cellsRead;
    this.table = null;
  }
}

/** Labels whose value may be printed under them (not a party or signature: those start blocks). */
function isValueLabel(p: Pair): boolean {
  return p.meaning.kind === "top" || p.meaning.kind === "policy" || p.meaning.kind === "limit" || p.meaning.kind === "insurer" || p.meaning.kind === "naic";
}
