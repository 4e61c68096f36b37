// `npm run bench:accuracy`: field-level accuracy of the reader on material that is not ours — (a) the real ACORD 25
// blanks filled and printed the ways agency systems do (lib/coi/generator/real-form, generated from seeds), and
// (b) the real certificates of ../shared/certificates/real against their truth.json. Exits 1 when a target is
// missed; when ../shared is absent it says why and exits 0.
//   npm run bench:accuracy -- --shape real-2025 --shape real-multi   (only those shapes)
//   npm run bench:accuracy -- --file usi-3                            (only that real certificate)
//   npm run bench:accuracy -- --verbose                               (every wrong field and error)
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { compareParsed } from "../lib/coi/generator/compare";
import { compareJudged } from "../lib/coi/generator/compare-judged";
import { realBlanksMissing } from "../lib/coi/generator/real-form/blanks";
import { buildRealEntry } from "../lib/coi/generator/real-form/build";
import { isRealShape, REAL_SHAPE_NAMES, realEntries, type RealShape } from "../lib/coi/generator/real-form/corpus";
import { terminateOcr } from "../lib/coi/ocr/tesseract";
import type { ReadResult } from "../lib/coi/parsed-certificate";
import { readCertificate } from "../lib/coi/read-certificate";
import { REAL_CERTIFICATES, sharedMissing } from "../lib/coi/shared-data";
import { accuracy, confidentMisreads, newTally, printDetails, record, tableHeader, tableRow, type Tally } from "./bench/accuracy-tally";
import { REAL_CERTIFICATE_TARGET, REAL_FORM_TARGET } from "./bench/accuracy-targets";
import { loadRealCertificates } from "./bench/real-certificates";

async function timedRead(bytes: Uint8Array): Promise<{ read: ReadResult | Error; ms: number }> {
  const started = performance.now();
  const read = await readCertificate(bytes).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  return { read, ms: performance.now() - started };
}

async function benchShapes(shapes: RealShape[]): Promise<Tally[]> {
  const tallies = new Map(shapes.map((s) => [s, newTally(s)]));
  for (const entry of realEntries(shapes)) {
    const built = await buildRealEntry(entry);
    const { read, ms } = await timedRead(built.bytes);
    record(tallies.get(entry.shape)!, entry.id, compareParsed(read instanceof Error ? null : read.parsed, built.truth), read, ms);
  }
  return [...tallies.values()];
}

async function benchFiles(files: string[] | undefined): Promise<{ tallies: Tally[]; scans: Set<string> }> {
  const tallies: Tally[] = [];
  const scans = new Set<string>();
  for (const cert of await loadRealCertificates(files)) {
    const t = newTally(cert.file);
    const { read, ms } = await timedRead(cert.bytes);
    record(t, cert.file, compareJudged(read instanceof Error ? null : read.parsed, cert.truth), read, ms);
    if (!cert.textLayer) scans.add(cert.file);
    tallies.push(t);
  }
  return { tallies, scans };
}

async function main() {
  const { values } = parseArgs({ options: { shape: { type: "string", multiple: true }, file: { type: "string", multiple: true }, verbose: { type: "boolean" } } });
  const missing = realBlanksMissing() ?? sharedMissing(REAL_CERTIFICATES);
  if (missing) {
    console.log(`bench:accuracy measures the reader on the real ACORD 25 blanks and real certificates, and cannot run here:\n  ${missing.replace(/^skipped: /, "")}`);
    return;
  }
  const unknown = (values.shape ?? []).filter((s) => !isRealShape(s));
  if (unknown.length) throw new Error(`unknown --shape ${unknown.join(", ")}; shapes: ${REAL_SHAPE_NAMES.join(", ")}`);
  const onlyFiles = values.file !== undefined && values.shape === undefined;
  const onlyShapes = values.shape !== undefined && values.file === undefined;
  const shapes = onlyFiles ? [] : ((values.shape as RealShape[] | undefined) ?? REAL_SHAPE_NAMES);
  const verbose = values.verbose ?? false;
  let failed = false;

  const shapeTallies = await benchShapes(shapes);
  if (shapeTallies.length) {
    console.log("(a) The real ACORD 25 form, filled and printed as agency systems do (generated from seeds)\n");
    tableHeader("shape");
    for (const t of shapeTallies) {
      const pass = accuracy(t) >= REAL_FORM_TARGET && confidentMisreads(t) === 0;
      failed ||= !pass;
      tableRow(t, REAL_FORM_TARGET, pass);
    }
    const all = shapeTallies.reduce((a, t) => ({ ok: a.ok + t.ok, fields: a.fields + t.fields }), { ok: 0, fields: 0 });
    console.log(`  ${"all shapes".padEnd(20)} ${String(shapeTallies.reduce((n, t) => n + t.docs, 0)).padStart(4)} ${String(all.fields).padStart(7)} ${`${accuracy(all).toFixed(2)}%`.padStart(8)}`);
  }

  const { tallies: fileTallies, scans } = onlyShapes ? { tallies: [], scans: new Set<string>() } : await benchFiles(values.file);
  if (fileTallies.length) {
    console.log("\n(b) Real certificates (../shared/certificates/real, judged keys of truth.json)\n");
    tableHeader("file");
    for (const t of fileTallies) {
      const scan = scans.has(t.name);
      failed ||= confidentMisreads(t) > 0;
      // The accuracy bar holds for the text-layer files together (below); a file under it is flagged, not failed.
      const pass = confidentMisreads(t) === 0 && (scan || accuracy(t) >= REAL_CERTIFICATE_TARGET);
      tableRow({ ...t, name: scan ? `${t.name} (scan)` : t.name }, scan ? null : REAL_CERTIFICATE_TARGET, pass);
    }
    const text = fileTallies.filter((t) => !scans.has(t.name));
    const all = text.reduce((a, t) => ({ ok: a.ok + t.ok, fields: a.fields + t.fields }), { ok: 0, fields: 0 });
    const pass = text.length === 0 || accuracy(all) >= REAL_CERTIFICATE_TARGET;
    failed ||= !pass;
    console.log(`  ${"with a text layer".padEnd(20)} ${String(text.length).padStart(4)} ${String(all.fields).padStart(7)} ${`${accuracy(all).toFixed(2)}%`.padStart(8)} ${`${REAL_CERTIFICATE_TARGET}%`.padStart(7)}${pass ? "" : "  ← below target"}`);
  }

  for (const t of [...shapeTallies, ...fileTallies]) printDetails(t, verbose);
  process.exitCode = failed ? 1 : 0;
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => terminateOcr());
