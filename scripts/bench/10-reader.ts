// Reader: parse time per certificate, per shape, in-process.
import { generateCertificatePdf, sampleCertificate } from "../../lib/coi/generator";
import { readCertificate } from "../../lib/coi/read-certificate";
import { fmt, pct, timeRuns } from "./stats";

export default async function benchReader() {
  const now = new Date();
  const shapes = {
    fillable: await generateCertificatePdf(sampleCertificate({ now }), { mode: "fillable" }),
  };
  console.log("\nReader: parse time per certificate (pages 1-2, warm, 100 runs each)");
  for (const [shape, bytes] of Object.entries(shapes)) {
    const times = await timeRuns(100, () => readCertificate(bytes));
    console.log(`  ${shape.padEnd(10)} p50 ${fmt(pct(times, 50))}  p95 ${fmt(pct(times, 95))}  (${(bytes.length / 1024).toFixed(0)} KB)`);
  }
}
