// Test-certificate generator CLI:
//   npx tsx scripts/gen-cert.ts --mode fillable|flattened|scan|noise-scan [--json desc.json] [--now 2025-01-15] --out file.pdf
// Without --json it draws the sample certificate. `scan`: the flattened certificate scanned (image only, a little
// askew, blurred, noisy); `noise-scan`: a blank page scanned with heavy noise. The JSON is merged over the sample at the top level, so a full
// CertificateDescription and a few overrides ({"insured": {...}}) both work.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateCertificatePdf, sampleCertificate, type SampleOverrides } from "../lib/coi/generator";
import { noiseScanPdf, scanPdf } from "../lib/coi/generator/scan";

const MODES = ["fillable", "flattened", "scan", "noise-scan"] as const;
type Mode = (typeof MODES)[number];

function usage(message: string): never {
  console.error(`${message}\nusage: gen-cert --mode fillable|flattened|scan|noise-scan [--json desc.json] [--now YYYY-MM-DD] --out file.pdf`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      mode: { type: "string", default: "fillable" },
      json: { type: "string" },
      now: { type: "string" },
      out: { type: "string" },
    },
  });
  const mode = values.mode as Mode;
  if (!MODES.includes(mode)) usage(`--mode must be one of ${MODES.join(", ")}, not "${mode}"`);
  if (!values.out) usage("--out is required");
  const now = values.now ? new Date(`${values.now}T12:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) usage(`--now must be a date (YYYY-MM-DD), not "${values.now}"`);
  const overrides = values.json ? (JSON.parse(readFileSync(values.json, "utf8")) as SampleOverrides) : {};
  const desc = sampleCertificate({ ...overrides, now });
  const bytes =
    mode === "noise-scan" ? await noiseScanPdf()
    : mode === "scan" ? await scanPdf(await generateCertificatePdf(desc, { mode: "flattened" }), { dpi: 200, rotation: -0.7, blur: 0.5, noise: 20, seed: 11 })
    : await generateCertificatePdf(desc, { mode });
  writeFileSync(values.out, bytes);
  console.log(`wrote ${values.out} (${mode}, ${bytes.byteLength} bytes)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
