// `npm run bench:accuracy`: field-level accuracy of the reader on the generated corpus, per shape and overall,
// with the fields it got wrong. Exits 1 when a target of issue #3 is missed. `-- --shape scan` runs one shape.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { compareParsed, type FieldOutcome } from "../lib/coi/generator/compare";
import { buildEntry, CORPUS_SHAPES, corpusEntries, type CorpusShape } from "../lib/coi/generator/corpus";
import { expectedParsed } from "../lib/coi/generator";
import { readCertificate } from "../lib/coi/read-certificate";
import { REVIEW_CONFIDENCE } from "../lib/coi/evaluate";
import { terminateOcr } from "../lib/coi/ocr/tesseract";
import { scoredFor, targetFor } from "./bench/accuracy-targets";

type ShapeStats = { docs: number; fields: number; ok: number; errors: string[]; misreads: string[]; confidentMisreads: number; ms: number[]; wrong: FieldOutcome[] };

async function main() {
  const { values } = parseArgs({ options: { shape: { type: "string", multiple: true }, verbose: { type: "boolean" } } });
  const shapes = (values.shape as CorpusShape[] | undefined) ?? (Object.keys(CORPUS_SHAPES) as CorpusShape[]);
  const stats = new Map<CorpusShape, ShapeStats>();
  for (const entry of corpusEntries(shapes)) {
    const built = await buildEntry(entry);
    const s = stats.get(entry.shape) ?? { docs: 0, fields: 0, ok: 0, errors: [], misreads: [], confidentMisreads: 0, ms: [], wrong: [] };
    stats.set(entry.shape, s);
    s.docs++;
    const started = performance.now();
    const read = await readCertificate(built.bytes).catch((e: Error) => e);
    s.ms.push(performance.now() - started);
    const truth = expectedParsed(built.desc);
    if (read instanceof Error) s.errors.push(`${entry.id}: ${read.message}`);
    const outcomes = compareParsed(read instanceof Error ? null : read.parsed, truth, scoredFor(entry.shape));
    for (const o of outcomes) {
      s.fields++;
      if (o.ok) s.ok++;
      else s.wrong.push({ ...o, path: `${entry.id} ${o.path}` });
      if (o.limitMisread) {
        const c = read instanceof Error ? 0 : (read.confidence[o.path] ?? 0);
        s.misreads.push(`${entry.id} ${o.path}: read ${o.read}, printed ${o.truth} (confidence ${c.toFixed(2)})`);
        if (c >= REVIEW_CONFIDENCE) s.confidentMisreads++;
      }
    }
  }
  report(stats, values.verbose ?? false);
  await terminateOcr();
}

function report(stats: Map<CorpusShape, ShapeStats>, verbose: boolean) {
  console.log("Reader accuracy on the generated corpus (field level)\n");
  console.log(`  ${"shape".padEnd(18)} ${"docs".padStart(4)} ${"fields".padStart(7)} ${"accuracy".padStart(9)} ${"target".padStart(7)}  limits misread (confident)  errors`);
  let fields = 0;
  let ok = 0;
  let failed = false;
  for (const [shape, s] of stats) {
    const acc = (100 * s.ok) / s.fields;
    const target = targetFor(shape);
    const pass = acc >= target.accuracy && (!target.noMisreads || s.misreads.length === 0) && (!target.noConfidentMisreads || s.confidentMisreads === 0);
    failed ||= !pass;
    fields += s.fields;
    ok += s.ok;
    console.log(`  ${shape.padEnd(18)} ${String(s.docs).padStart(4)} ${String(s.fields).padStart(7)} ${acc.toFixed(2).padStart(8)}% ${(target.accuracy + "%").padStart(7)}  ${String(s.misreads.length).padStart(6)} (${s.confidentMisreads})${" ".repeat(15)}${s.errors.length}${pass ? "" : "  ← below target"}`);
  }
  console.log(`  ${"overall".padEnd(18)} ${String([...stats.values()].reduce((n, s) => n + s.docs, 0)).padStart(4)} ${String(fields).padStart(7)} ${((100 * ok) / fields).toFixed(2).padStart(8)}%`);
  for (const [shape, s] of stats) {
    if (s.wrong.length === 0 && s.errors.length === 0) continue;
    console.log(`\nWrong fields, ${shape}:`);
    const byField = new Map<string, FieldOutcome[]>();
    for (const w of s.wrong) {
      const key = w.path.split(" ")[1].replace(/\.\d+\./g, ".N.");
      byField.set(key, [...(byField.get(key) ?? []), w]);
    }
    for (const [key, list] of [...byField].sort((a, b) => b[1].length - a[1].length)) {
      const examples = list.slice(0, verbose ? 10 : 2).map((w) => `${w.path.split(" ")[0]}: read ${JSON.stringify(w.read)}, want ${JSON.stringify(w.truth)}`);
      console.log(`  ${String(list.length).padStart(3)} × ${key}\n        ${examples.join("\n        ")}`);
    }
    for (const m of s.misreads) console.log(`  LIMIT MISREAD ${m}`);
    for (const e of s.errors.slice(0, verbose ? 50 : 5)) console.log(`  ERROR ${e}`);
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
