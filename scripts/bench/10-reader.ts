// Reader: parse time per certificate, per shape, in-process (pages 1-2, warm). Each shape is timed over several
// certificates of the real-form corpus, so the figures cover its variations (fonts, cuts, geometry, pages), not one
// document. Needs the real blanks in ../shared; says so and skips without them.
import { realBlanksMissing } from "../../lib/coi/generator/real-form/blanks";
import { buildRealEntry } from "../../lib/coi/generator/real-form/build";
import { REAL_SHAPE_NAMES, realEntries } from "../../lib/coi/generator/real-form/corpus";
import { readCertificate } from "../../lib/coi/read-certificate";
import { fmt, pct, timeRuns } from "./stats";

const DOCS = 6;
const RUNS = 5;

export default async function benchReader() {
  console.log("\nReader: parse time per certificate, per shape (pages 1-2, warm)");
  const missing = realBlanksMissing();
  if (missing) {
    console.log(`  ${missing}`);
    return;
  }
  for (const shape of REAL_SHAPE_NAMES) {
    const times: number[] = [];
    let kb = 0;
    for (const entry of realEntries([shape]).slice(0, DOCS)) {
      const { bytes } = await buildRealEntry(entry);
      kb += bytes.length / 1024 / DOCS;
      times.push(...(await timeRuns(RUNS, () => readCertificate(bytes).catch(() => undefined))));
    }
    console.log(`  ${shape.padEnd(18)} p50 ${fmt(pct(times, 50)).padStart(9)}  p95 ${fmt(pct(times, 95)).padStart(9)}  (${times.length} reads of ${DOCS} certificates, ~${kb.toFixed(0)} KB)`);
  }
}
