import type { FieldOutcome } from "../../lib/coi/generator/compare";
import type { ReadResult } from "../../lib/coi/parsed-certificate";
import { CONFIDENT } from "./accuracy-targets";

// Counting and printing for the accuracy bench: per shape (generated) or per file (real), the fields judged and
// right, the wrong ones with what was read and what was wanted, errors, and every limit read as another number with
// the confidence the reader gave it.

export type Miss = { doc: string; path: string; read: unknown; want: unknown };
export type Misread = Miss & { confidence: number };

export type Tally = {
  name: string;
  docs: number;
  fields: number;
  ok: number;
  wrong: Miss[];
  errors: string[];
  misreads: Misread[];
  ms: number;
};

export const newTally = (name: string): Tally => ({ name, docs: 0, fields: 0, ok: 0, wrong: [], errors: [], misreads: [], ms: 0 });

export function record(t: Tally, doc: string, outcomes: FieldOutcome[], read: ReadResult | Error, ms: number) {
  t.docs++;
  t.ms += ms;
  if (read instanceof Error) t.errors.push(`${doc}: ${read.message}`);
  for (const o of outcomes) {
    t.fields++;
    if (o.ok) t.ok++;
    else t.wrong.push({ doc, path: o.path, read: o.read, want: o.truth });
    if (o.limitMisread) {
      const confidence = read instanceof Error ? 0 : (read.confidence[o.path] ?? 0);
      t.misreads.push({ doc, path: o.path, read: o.read, want: o.truth, confidence });
    }
  }
}

export const accuracy = (t: { ok: number; fields: number }) => (t.fields === 0 ? 100 : (100 * t.ok) / t.fields);
export const confidentMisreads = (t: Tally) => t.misreads.filter((m) => m.confidence >= CONFIDENT).length;

export function tableHeader(label: string) {
  console.log(`  ${label.padEnd(20)} ${"docs".padStart(4)} ${"fields".padStart(7)} ${"right".padStart(8)} ${"target".padStart(7)}  misread limits (≥${CONFIDENT})  errors  ms/doc`);
}

export function tableRow(t: Tally, target: number | null, pass: boolean) {
  const cells = [
    t.name.padEnd(20), String(t.docs).padStart(4), String(t.fields).padStart(7), `${accuracy(t).toFixed(2)}%`.padStart(8),
    (target === null ? "—" : `${target}%`).padStart(7), `${String(t.misreads.length).padStart(6)} (${confidentMisreads(t)})`.padEnd(22),
    String(t.errors.length).padStart(6), (t.docs ? t.ms / t.docs : 0).toFixed(0).padStart(7),
  ];
  console.log(`  ${cells.join(" ")}${pass ? "" : "  ← below target"}`);
}

const show = (v: unknown) => JSON.stringify(v);

/** Without --verbose: the most frequent wrong paths, two examples each. */
const BRIEF_PATHS = 15;

/** Wrong fields grouped by path (list indexes folded), most frequent first; examples, all of them with --verbose. */
export function printDetails(t: Tally, verbose: boolean) {
  if (t.wrong.length === 0 && t.errors.length === 0 && t.misreads.length === 0) return;
  console.log(`\n${t.name}: ${t.wrong.length} wrong field(s), ${t.errors.length} error(s)`);
  const byPath = new Map<string, Miss[]>();
  for (const w of t.wrong) {
    const key = w.path.replace(/\.\d+(?=\.|$)/g, ".N");
    byPath.set(key, [...(byPath.get(key) ?? []), w]);
  }
  const paths = [...byPath].sort((a, b) => b[1].length - a[1].length);
  for (const [path, list] of paths.slice(0, verbose ? paths.length : BRIEF_PATHS)) {
    console.log(`  ${String(list.length).padStart(3)} × ${path}`);
    for (const w of list.slice(0, verbose ? list.length : 2)) console.log(`        ${w.doc}: read ${show(w.read)}, want ${show(w.want)}`);
  }
  if (!verbose && paths.length > BRIEF_PATHS) console.log(`  … ${paths.length - BRIEF_PATHS} more wrong paths (--verbose lists every wrong field)`);
  for (const m of t.misreads) {
    const flag = m.confidence >= CONFIDENT ? "  ← presented as certain" : "";
    console.log(`  LIMIT MISREAD ${m.doc} ${m.path}: read ${show(m.read)}, want ${show(m.want)} (confidence ${m.confidence.toFixed(2)})${flag}`);
  }
  for (const e of t.errors.slice(0, verbose ? t.errors.length : 5)) console.log(`  ERROR ${e}`);
  if (!verbose && t.errors.length > 5) console.log(`  … ${t.errors.length - 5} more errors (--verbose lists them)`);
}
