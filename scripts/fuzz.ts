// `npm run fuzz [-- --cases 2000 --seed 1 --timeout-ms 10000 --memory-mb 512 --threads 2]`: malformed and hostile
// PDFs through the isolated reader. Prints outcomes per kind, the slowest case and the largest thread memory; exits
// 1 on any crash, hang or unexpected exception. A failing case is rebuilt from its seed and index alone.
import { parseArgs } from "node:util";
import { ReaderPool } from "../lib/coi/isolated/reader-pool";
import { runFuzz } from "../lib/coi/fuzz/run-fuzz";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    "timeout-ms": { type: "string", default: "10000" },
    "memory-mb": { type: "string", default: "512" },
    threads: { type: "string", default: "2" },
  },
});

async function main() {
  const cases = Number(values.cases);
  const seed = Number(values.seed);
  const timeoutMs = Number(values["timeout-ms"]);
  const pool = new ReaderPool({ size: Number(values.threads), timeoutMs, memoryMb: Number(values["memory-mb"]) });
  const started = Date.now();
  await pool.warmUp();
  const report = await runFuzz({
    pool,
    seed,
    cases,
    timeoutMs,
    onProgress: (n) => {
      if (n % 100 === 0) console.error(`[fuzz] ${n}/${cases} (${Math.round((Date.now() - started) / 1000)} s)`);
    },
  });
  await pool.close();
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`fuzz: ${report.cases} cases, seed ${seed}, ${values.threads} threads, ${timeoutMs} ms / ${values["memory-mb"]} MB per case, ${seconds} s`);
  console.log("outcomes:");
  for (const [o, n] of Object.entries(report.outcomes).sort((a, b) => b[1] - a[1])) console.log(`  ${o.padEnd(32)} ${n}`);
  console.log("by kind:");
  for (const [kind, outcomes] of Object.entries(report.byKind).sort()) {
    console.log(`  ${kind.padEnd(20)} ${Object.entries(outcomes).map(([o, n]) => `${o} ${n}`).join(", ")}`);
  }
  console.log(`slowest case: ${report.maxMs.ms} ms (#${report.maxMs.index}, ${report.maxMs.kind})`);
  console.log(`largest thread heap after a case: ${report.maxHeapMb} MB, off-heap buffers: ${report.maxExternalMb} MB`);
  console.log(`process peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  for (const f of report.failures.slice(0, 20)) console.log(`FAIL #${f.index} ${f.kind}: ${f.outcome} ${f.message}`);
  console.log(report.failures.length === 0 ? "OK: no crash, no hang, no unexpected exception" : `FAILED: ${report.failures.length} case(s)`);
  process.exit(report.failures.length === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error("[fuzz] failed:", err);
  process.exit(1);
});
