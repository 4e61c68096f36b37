import { MAX_UNLETTERED_INSURERS, unletteredInsurerFields, type Acord25FieldName } from "../../acord25/field-names";
import { parseYesNo } from "../../normalize";
import type { Run } from "../../pdf/text-runs";
import { amountLabels, amountsIn } from "./amount-labels";
import { Collector, LABEL_CONFIDENCE, runsBetween, textOf } from "./collector";
import type { LimitId, PolicyKey, ValueKind } from "./labels";
import { AMBIGUOUS, coverageOfLimit, limitBox, OTHER_LIMIT_SLOTS } from "./limits";
import { PRESENCE, rowField, type RowBox } from "./policy-fields";
import { amountAtStart, findDates, isStatutory, notAmountAtStart, readPeriod } from "./values";
import type { CoverageKey } from "./vocabulary";

// A labelled value → the ACORD box it fills. Values printed before any coverage is named ("Policy Number: …" at
// the top of a platform's certificate) wait until the end: with one coverage on the certificate they are its
// values; with several, each coverage that printed none of its own gets them, but only for a person to confirm.

export type Cov = { key: CoverageKey; name: string };
type Pending = { box: RowBox; runs: Run[]; value: string; confidence: number };

const NAIC_AT_END = /[\s,;(]*\bNAIC\s*(?:#|No\.?|Number|Code)?\s*:?\s*(\d{3,6})\s*\)?\s*$/i;

export class Assigner {
  readonly c = new Collector();
  /** "Additional Insured: X" lines, added to the remarks, where the additional insured names are read from. */
  readonly additionalInsuredLines: { text: string; runs: Run[] }[] = [];
  private readonly pending: Pending[] = [];
  private readonly pendingLimits: { id: LimitId; runs: Run[]; confidence: number }[] = [];
  private otherName: string | null = null;
  private readonly otherSlots: string[] = [];
  private readonly unlettered: string[] = [];
  private lastNaicField: string | null = null;
  private pendingNaic: { runs: Run[]; value: string } | null = null;

  /** Only the first other coverage (professional, cyber…) has a row to go to; the rest are left out. */
  accepts(cov: Cov): boolean {
    if (cov.key !== "other") return true;
    this.otherName ??= cov.name;
    return this.otherName === cov.name;
  }

  policy(cov: Cov | null, key: PolicyKey, runs: Run[], confidence = LABEL_CONFIDENCE): boolean {
    const text = textOf(runs);
    if (key === "period") {
      const period = readPeriod(text);
      if (!period) return false;
      this.row(cov, "effective", runsBetween(runs, period[0].start, period[0].end), period[0].value, confidence);
      this.row(cov, "expiration", runsBetween(runs, period[1].start, period[1].end), period[1].value, confidence);
      return true;
    }
    if (key === "effective" || key === "expiration") {
      const date = findDates(text)[0];
      // Printed but not a date ("Upon binding"): kept as text, so it reads as null with zero confidence.
      if (date) this.row(cov, key, runsBetween(runs, date.start, date.end), date.value, confidence);
      else this.row(cov, key, runs, text, confidence);
      return true;
    }
    if (key === "number") {
      const number = text.replace(/\s*\([^)]*\)\s*$/, "").replace(/[.,;:]$/, "");
      if (!/\d/.test(number) || number.length > 30) return false;
      this.row(cov, "number", runs, number, confidence);
      return true;
    }
    if (key === "letter") {
      if (!/^[A-F]$/i.test(text)) return false;
      this.row(cov, "letter", runs, text.toUpperCase(), confidence);
      return true;
    }
    return this.row(cov, "subr", runs, text, confidence), true;
  }

  /** A table's ADDL INSD cell: Y/N only (workers compensation has no such box). */
  addl(cov: Cov, runs: Run[]): boolean {
    this.row(cov, "addl", runs, textOf(runs), LABEL_CONFIDENCE);
    return true;
  }

  /** ADDL INSD as Y/N, or the names of additional insureds (which go to the remarks). */
  additional(cov: Cov | null, runs: Run[]): boolean {
    const text = textOf(runs);
    if (parseYesNo(text) !== null || !/\p{L}{2}/u.test(text)) {
      if (!cov) return false;
      this.row(cov, "addl", runs, text, LABEL_CONFIDENCE);
      return true;
    }
    this.additionalInsuredLines.push({ text: `Additional Insured: ${text}`, runs });
    return true;
  }

  limit(cov: Cov | null, id: LimitId, label: string, runs: Run[], confidence = LABEL_CONFIDENCE): boolean {
    const text = textOf(runs);
    const amounts = amountsIn(text).length;
    if (id === "limit" || amounts > 1) {
      // "$1,000,000 per occurrence / $2,000,000 aggregate": each amount says what it is.
      const named = amountLabels(text);
      for (const n of named) this.limit(cov, n.id, n.label, runsBetween(runs, n.start, n.end), confidence);
      if (named.length > 0) return true;
    }
    const key = cov?.key ?? coverageOfLimit(id);
    if ((key === "wc" || (key === null && id === "statutory")) && (id === "statutory" || isStatutory(text))) {
      this.c.put("WorkersCompensationEmployersLiability_WorkersCompensationStatutoryLimitIndicator_A", runs, true, confidence);
      return true;
    }
    if (key === null) {
      this.pendingLimits.push({ id, runs, confidence });
      return true;
    }
    if (key === "other") return this.otherLimit(cov!, label, runs, confidence);
    const box = limitBox(key, id);
    if (!box) return false;
    if (id === "retention" || id === "deductible") {
      const indicator = id === "retention" ? "ExcessUmbrella_RetentionIndicator_A" : "ExcessUmbrella_DeductibleIndicator_A";
      this.c.put(indicator, runs, true, confidence);
    }
    // Two amounts under one label ("Aggregate: $1,000,000 / $2,000,000"): printed, but not one amount.
    if (amounts > 1) this.c.put(box.field, runs, text, confidence);
    else this.amount(box.field, runs, box.sure ? confidence : Math.min(confidence, AMBIGUOUS));
    return true;
  }

  private otherLimit(cov: Cov, label: string, runs: Run[], confidence: number): boolean {
    if (!this.accepts(cov)) return false;
    let slot = this.otherSlots.indexOf(label.toLowerCase());
    if (slot === -1 && this.otherSlots.length < OTHER_LIMIT_SLOTS.length) slot = this.otherSlots.push(label.toLowerCase()) - 1;
    if (slot === -1) return false;
    const letter = OTHER_LIMIT_SLOTS[slot];
    this.c.put(`OtherPolicy_CoverageCode_${letter}`, runs, label, confidence);
    this.amount(`OtherPolicy_CoverageLimitAmount_${letter}`, runs, confidence);
    this.c.put("OtherPolicy_OtherPolicyDescription_A", runs, cov.name, confidence);
    return true;
  }

  /** The amount at the start of the value; words that are not an amount ("Included") are kept, to read as null. */
  private amount(field: string, runs: Run[], confidence: number) {
    const text = textOf(runs);
    const end = amountAtStart(text)?.end ?? notAmountAtStart(text) ?? text.length;
    const cut = runsBetween(runs, 0, end);
    this.c.put(field, cut, text.slice(0, end).trim(), confidence);
  }

  insurer(letter: string | null, runs: Run[]): boolean {
    const text = textOf(runs);
    // The NAIC # column alone (the name sat on another text line): no name to read.
    if (/^\d{5}$/.test(text)) {
      if (!letter) return this.naic(runs);
      this.c.put(`Insurer_NAICCode_${letter}`, runs, text);
      return true;
    }
    // A NAIC # printed in its own column: a separate run of five digits after the name.
    const naic = NAIC_AT_END.exec(text) ?? (runs.length > 1 ? /\s(\d{5})$/.exec(text) : null);
    const name = (naic ? text.slice(0, naic.index) : text).trim().replace(/[,;:]$/, "");
    const nameRuns = naic ? runsBetween(runs, 0, naic.index) : runs;
    const fields = letter ? { name: `Insurer_FullName_${letter}`, naic: `Insurer_NAICCode_${letter}` } : this.unletteredFields(name);
    if (!fields) return false;
    if (name) this.c.put(fields.name, nameRuns, name);
    if (naic) this.c.put(fields.naic, runsBetween(runs, naic.index, text.length), naic[1]);
    this.lastNaicField = fields.naic;
    return true;
  }

  private unletteredFields(name: string) {
    const key = name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    let n = this.unlettered.indexOf(key);
    if (n === -1 && this.unlettered.length < MAX_UNLETTERED_INSURERS) n = this.unlettered.push(key) - 1;
    return n === -1 ? null : unletteredInsurerFields(n + 1);
  }

  naic(runs: Run[]): boolean {
    const m = /\d{3,6}/.exec(textOf(runs));
    if (!m) return false;
    if (this.lastNaicField) this.c.put(this.lastNaicField, runs, m[0]);
    else this.pendingNaic = { runs, value: m[0] };
    return true;
  }

  top(field: Acord25FieldName, kind: ValueKind, runs: Run[]): boolean {
    const text = textOf(runs);
    if (kind === "date") {
      const date = findDates(text)[0];
      this.c.put(field, date ? runsBetween(runs, date.start, date.end) : runs, date?.value ?? text);
    } else if (kind === "number" && !/\d/.test(text)) return false;
    else this.c.put(field, runs, text);
    return true;
  }

  statutory(runs: Run[], confidence = LABEL_CONFIDENCE) {
    this.c.put("WorkersCompensationEmployersLiability_WorkersCompensationStatutoryLimitIndicator_A", runs, true, confidence);
  }

  private row(cov: Cov | null, box: RowBox, runs: Run[], value: string, confidence: number) {
    if (!cov) {
      this.pending.push({ box, runs, value, confidence });
      return;
    }
    const field = this.accepts(cov) ? rowField(cov.key, box) : null;
    if (field) this.c.put(field, runs, value, confidence);
    if (field && cov.key === "other") this.c.put("OtherPolicy_OtherPolicyDescription_A", runs, cov.name, confidence);
  }

  /** The coverages the certificate carries so far: a policy number or a limit was read for them. */
  present(): CoverageKey[] {
    const keys = [...this.c.fields.keys()];
    return (Object.keys(PRESENCE) as CoverageKey[]).filter((k) => keys.some((f) => PRESENCE[k].test(f)));
  }

  /** Values printed before any coverage was named go to the coverages the certificate turned out to carry. */
  finish() {
    const present = this.present();
    const only = present.length === 1 ? present[0] : null;
    for (const p of this.pending) {
      for (const key of present) {
        const field = rowField(key, p.box);
        if (!field || (!only && this.c.has(field))) continue;
        this.c.put(field, p.runs, p.value, only ? p.confidence : Math.min(p.confidence, AMBIGUOUS));
      }
    }
    for (const l of only && only !== "other" ? this.pendingLimits : []) {
      const box = limitBox(only as Exclude<CoverageKey, "other">, l.id);
      if (box) this.amount(box.field, l.runs, box.sure ? l.confidence : Math.min(l.confidence, AMBIGUOUS));
    }
    const names = [...this.c.fields.keys()].filter((k) => /^Insurer_FullName_/.test(k));
    if (this.pendingNaic && names.length === 1) this.c.put(names[0].replace("FullName", "NAICCode"), this.pendingNaic.runs, this.pendingNaic.value);
  }
}
