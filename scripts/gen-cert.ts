// Test-certificate generator CLI.
//   Real ACORD 25 (the blanks in ../shared), one certificate of a corpus shape, its truth written beside it:
//     npx tsx scripts/gen-cert.ts --form real --shape real-reprinted [--seed 70123] --out cert.pdf
//       → cert.pdf and cert.truth.json (the parsed_certificate_json a perfect reader returns)
//     Shapes: real-fillable, real-flattened, real-encrypted, real-reprinted, real-2025, real-invisible, real-rotated,
//     real-multi. Without --seed, the shape's first corpus seed (the bench's first document of that shape).
//   The sample certificate (or --json overrides of it) on the real blank, in one shape, its truth beside it:
//     npx tsx scripts/gen-cert.ts --form real --sample flattened|fillable|encrypted|a4|remarks|scan [--json d.json] --out cert.pdf
//   One case of the scan bench's corpus (by its id, e.g. scan-reprinted-001; an unknown id lists them), truth beside it:
//     npx tsx scripts/gen-cert.ts --form real --scan-case scan-reprinted-001 --out cert.pdf
//   Our look-alike drawing (demos only; no reading test relies on it):
//     npx tsx scripts/gen-cert.ts --mode fillable|flattened|scan|noise-scan [--json desc.json] [--now 2025-01-15] --out file.pdf
//     Without --json it draws the sample certificate; the JSON is merged over the sample at the top level.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateCertificatePdf, sampleCertificate, type SampleOverrides } from "../lib/coi/generator";
import { realBlanksMissing } from "../lib/coi/generator/real-form/blanks";
import { buildRealEntry } from "../lib/coi/generator/real-form/build";
import { isRealShape, REAL_SHAPE_NAMES, realEntries } from "../lib/coi/generator/real-form/corpus";
import { noiseScanPdf, scanPdf } from "../lib/coi/generator/scan";
import { buildScanCase, scanCases } from "../lib/coi/generator/real-form/scan-corpus";
import { realSamplePdf, SAMPLE_SHAPES, type SampleShape } from "../lib/coi/generator/real-form/sample-real";

const MODES = ["fillable", "flattened", "scan", "noise-scan"] as const;
type Mode = (typeof MODES)[number];

function usage(message: string): never {
  console.error(`${message}
usage: gen-cert --form real --shape ${REAL_SHAPE_NAMES.join("|")} [--seed N] --out file.pdf
       gen-cert --form real --scan-case ID --out file.pdf
       gen-cert [--form lookalike] --mode ${MODES.join("|")} [--json desc.json] [--now YYYY-MM-DD] --out file.pdf`);
  process.exit(2);
}

async function realForm(shape: string | undefined, seedText: string | undefined, out: string) {
  const missing = realBlanksMissing();
  if (missing) usage(`--form real needs the real ACORD 25 blanks: ${missing.replace(/^skipped: /, "")}`);
  if (!shape || !isRealShape(shape)) usage(`--shape must be one of ${REAL_SHAPE_NAMES.join(", ")}, not "${shape ?? ""}"`);
  const seed = seedText === undefined ? realEntries([shape])[0].seed : Number(seedText);
  if (!Number.isSafeInteger(seed) || seed < 0) usage(`--seed must be a whole number, not "${seedText}"`);
  const built = await buildRealEntry({ id: `${shape}-seed-${seed}`, shape, seed });
  const truthFile = out.replace(/\.pdf$/i, "") + ".truth.json";
  writeFileSync(out, built.bytes);
  writeFileSync(truthFile, `${JSON.stringify(built.truth, null, 2)}\n`);
  const { style, geometry, traps, pages, edition, mode } = built.print;
  console.log(`wrote ${out} (${shape}, seed ${seed}, ${built.bytes.byteLength} bytes) and its truth ${truthFile}`);
  console.log(JSON.stringify({ edition, mode, pages, geometry, traps, style }));
}

async function realSample(shape: string, json: string | undefined, nowText: string | undefined, out: string) {
  const missing = realBlanksMissing();
  if (missing) usage(`--form real needs the real ACORD 25 blanks: ${missing.replace(/^skipped: /, "")}`);
  if (!(SAMPLE_SHAPES as readonly string[]).includes(shape)) usage(`--sample must be one of ${SAMPLE_SHAPES.join(", ")}, not "${shape}"`);
  const desc = sampleFrom(json, nowText);
  const { bytes, truth } = await realSamplePdf(desc, shape as SampleShape);
  writeFileSync(out, bytes);
  writeFileSync(out.replace(/\.pdf$/i, "") + ".truth.json", `${JSON.stringify(truth, null, 2)}\n`);
  console.log(`wrote ${out} (the sample on the real form, ${shape}, ${bytes.byteLength} bytes) and its truth`);
}

async function scanCase(id: string, out: string) {
  const missing = realBlanksMissing();
  if (missing) usage(`--form real needs the real ACORD 25 blanks: ${missing.replace(/^skipped: /, "")}`);
  const cases = scanCases();
  const found = cases.find((c) => c.id === id);
  if (!found) usage(`--scan-case must be one of ${cases.map((c) => c.id).join(", ")}, not "${id}"`);
  const built = await buildScanCase(found);
  writeFileSync(out, built.bytes);
  writeFileSync(out.replace(/\.pdf$/i, "") + ".truth.json", `${JSON.stringify(built.truth, null, 2)}\n`);
  console.log(`wrote ${out} (${id}, ${built.bytes.byteLength} bytes) and its truth`);
  console.log(JSON.stringify(found.scan));
}

function sampleFrom(json: string | undefined, nowText: string | undefined) {
  const now = nowText ? new Date(`${nowText}T12:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) usage(`--now must be a date (YYYY-MM-DD), not "${nowText}"`);
  const overrides = json ? (JSON.parse(readFileSync(json, "utf8")) as SampleOverrides) : {};
  return sampleCertificate({ ...overrides, now });
}

async function lookalike(modeText: string, json: string | undefined, nowText: string | undefined, out: string) {
  const mode = modeText as Mode;
  if (!MODES.includes(mode)) usage(`--mode must be one of ${MODES.join(", ")}, not "${mode}"`);
  const desc = sampleFrom(json, nowText);
  const bytes =
    mode === "noise-scan" ? await noiseScanPdf()
    : mode === "scan" ? await scanPdf(await generateCertificatePdf(desc, { mode: "flattened" }), { dpi: 200, rotation: -0.7, blur: 0.5, noise: 20, seed: 11 })
    : await generateCertificatePdf(desc, { mode });
  writeFileSync(out, bytes);
  console.log(`wrote ${out} (${mode}, ${bytes.byteLength} bytes)`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      form: { type: "string", default: "lookalike" },
      shape: { type: "string" },
      seed: { type: "string" },
      sample: { type: "string" },
      "scan-case": { type: "string" },
      mode: { type: "string", default: "fillable" },
      json: { type: "string" },
      now: { type: "string" },
      out: { type: "string" },
    },
  });
  if (!values.out) usage("--out is required");
  if (values.form === "real" && values["scan-case"]) return scanCase(values["scan-case"], values.out);
  if (values.form === "real" && values.sample) return realSample(values.sample, values.json, values.now, values.out);
  if (values.form === "real") return realForm(values.shape, values.seed, values.out);
  if (values.form !== "lookalike") usage(`--form must be real or lookalike, not "${values.form}"`);
  return lookalike(values.mode, values.json, values.now, values.out);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
