// Reader: parse time per certificate, per shape, in-process (pages 1-2, warm). Each shape is timed over several
// corpus certificates, so the figures cover its variations (fonts, formats, page 2), not one document.
import { buildEntry, CORPUS_SHAPES, corpusEntries, type CorpusShape } from "../../lib/coi/generator/corpus";
import { readCertificate } from "../../lib/coi/read-certificate";
import { fmt, pct, timeRuns } from "./stats";

/** Certificates per shape, and timed reads of each; OCR shapes are slow, so they get fewer. */
const PLAN = (shape: string) => (shape.startsWith("scan") ? { docs: 4, runs: 2 } : { docs: 10, runs: 10 });

export default async function benchReader() {
  console.log("\nReader: parse time per certificate, per shape (pages 1-2, warm)");
  for (const shape of Object.keys(CORPUS_SHAPES) as CorpusShape[]) {
    const { docs, runs } = PLAN(shape);
    const times: number[] = [];
    let kb = 0;
    for (const entry of corpusEntries([shape]).slice(0, docs)) {
      const { bytes } = await buildEntry(entry);
      kb += bytes.length / 1024 / docs;
      times.push(...(await timeRuns(runs, () => readCertificate(bytes).catch(() => undefined))));
    }
    console.log(`  ${shape.padEnd(18)} p50 ${fmt(pct(times, 50)).padStart(9)}  p95 ${fmt(pct(times, 95)).padStart(9)}  (${times.length} reads of ${docs} certificates, ~${kb.toFixed(0)} KB)`);
  }
}
