// Test-certificate generator CLI:
//   npx tsx scripts/gen-cert.ts --mode fillable|flattened [--json desc.json] [--now 2025-01-15] --out file.pdf
// Without --json it draws the sample certificate. The JSON is merged over the sample at the top level, so a full
// CertificateDescription and a few overrides ({"insured": {...}}) both work.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateCertificatePdf, sampleCertificate, type SampleOverrides } from "../lib/coi/generator";

function usage(message: string): never {
  console.error(`${message}\nusage: gen-cert --mode fillable|flattened [--json desc.json] [--now YYYY-MM-DD] --out file.pdf`);
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
  const mode = values.mode;
  if (mode !== "fillable" && mode !== "flattened") usage(`--mode must be fillable or flattened, not "${mode}"`);
  if (!values.out) usage("--out is required");
  const now = values.now ? new Date(`${values.now}T12:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) usage(`--now must be a date (YYYY-MM-DD), not "${values.now}"`);
  const overrides = values.json ? (JSON.parse(readFileSync(values.json, "utf8")) as SampleOverrides) : {};
  const desc = sampleCertificate({ ...overrides, now });
  const bytes = await generateCertificatePdf(desc, { mode });
  writeFileSync(values.out, bytes);
  console.log(`wrote ${values.out} (${mode}, ${bytes.byteLength} bytes)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
