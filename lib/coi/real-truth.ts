import { readFileSync } from "node:fs";
import { compareParsed, type FieldOutcome } from "./generator/compare";
import type { ParsedCertificate } from "./parsed-certificate";
import { REAL_CERTIFICATES, sharedFile } from "./shared-data";

// The truth of the real certificates kept outside the repository (`certificates/real/truth.json`): a partial
// `parsed_certificate_json` per file, where a key that is absent was not judged and `null` means the certificate
// shows no readable value. Only the judged leaves are scored.

export type RealTruth = { file: string } & Record<string, unknown>;

/** The truth entry for `file` (e.g. "pulsio-2"), or null when the shared folder or the entry is absent. */
export function realTruth(file: string): RealTruth | null {
  const path = sharedFile(`${REAL_CERTIFICATES}/truth.json`);
  if (!path) return null;
  const entries = JSON.parse(readFileSync(path, "utf8")) as RealTruth[];
  return entries.find((e) => e.file === file) ?? null;
}

/** One outcome per judged leaf of the truth; a coverage the reading lacks counts each of its judged leaves wrong. */
export function judgedOutcomes(read: ParsedCertificate | null, truth: RealTruth): FieldOutcome[] {
  const judged: Record<string, unknown> = { ...truth };
  delete judged.file;
  const paths = new Set(compareParsed(null, judged as unknown as ParsedCertificate).map((o) => o.path));
  return compareParsed(read, judged as unknown as ParsedCertificate, (p) => paths.has(p));
}
