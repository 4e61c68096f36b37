// `npx tsx scripts/score-real.ts pulsio-2 [usi-3 …]`: reads real certificates from the shared folder with
// readCertificate and prints, per file, how many of the fields its truth judges were read right, and the wrong ones.
import { readFileSync } from "node:fs";
import { CertificateReadError } from "../lib/coi/errors";
import { readCertificate } from "../lib/coi/read-certificate";
import { judgedOutcomes, realTruth } from "../lib/coi/real-truth";
import { REAL_CERTIFICATES, sharedFile, sharedMissing } from "../lib/coi/shared-data";

async function score(file: string) {
  const pdf = sharedFile(`${REAL_CERTIFICATES}/${file}.pdf`);
  const truth = realTruth(file);
  if (!pdf || !truth) return console.log(`${file}: ${sharedMissing(`${REAL_CERTIFICATES}/${file}.pdf`) ?? "no truth entry"}`);
  const read = await readCertificate(new Uint8Array(readFileSync(pdf))).catch((e: unknown) => {
    if (e instanceof CertificateReadError) return e;
    throw e;
  });
  const parsed = read instanceof CertificateReadError ? null : read.parsed;
  const outcomes = judgedOutcomes(parsed, truth);
  const right = outcomes.filter((o) => o.ok).length;
  const how = read instanceof CertificateReadError ? `error ${read.code}` : `shape ${read.shape}`;
  console.log(`${file}: ${right}/${outcomes.length} judged fields right (${how})`);
  for (const o of outcomes.filter((o) => !o.ok)) {
    const confidence = read instanceof CertificateReadError ? "" : ` (confidence ${read.confidence[o.path] ?? "none"})`;
    console.log(`  ${o.path}: read ${JSON.stringify(o.read)}, want ${JSON.stringify(o.truth)}${confidence}`);
  }
}

async function main() {
  const files = process.argv.slice(2);
  for (const file of files.length > 0 ? files : ["pulsio-2"]) await score(file);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
