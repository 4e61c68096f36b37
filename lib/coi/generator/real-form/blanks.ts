import { readFile } from "node:fs/promises";
import { REAL_BLANK_2016, REAL_BLANK_2025, sharedFile, sharedMissing } from "../../shared-data";
import { decryptPdf } from "./decrypt";

// The real blank ACORD 25 forms live outside the repository (ACORD's copyrighted work, test data only). They are read
// once per process: every certificate of a corpus starts from the same bytes, loaded afresh into its own document.

export type Edition = "2016/03" | "2025/12";

const cache = new Map<Edition, Promise<Uint8Array>>();

/** Why the real blanks cannot be used here, or null when both are present. */
export function realBlanksMissing(): string | null {
  return sharedMissing(REAL_BLANK_2016) ?? sharedMissing(REAL_BLANK_2025);
}

async function load(edition: Edition): Promise<Uint8Array> {
  const relative = edition === "2016/03" ? REAL_BLANK_2016 : REAL_BLANK_2025;
  const file = sharedFile(relative);
  if (!file) throw new Error(sharedMissing(relative) ?? `${relative} is absent`);
  const bytes = new Uint8Array(await readFile(file));
  // The 2025/12 print is owner-password protected; its content must be readable to be printed on.
  return edition === "2025/12" ? decryptPdf(bytes) : bytes;
}

/** The blank's bytes (the 2025/12 one decrypted). Callers load their own PDFDocument from them. */
export function blankBytes(edition: Edition): Promise<Uint8Array> {
  let bytes = cache.get(edition);
  if (!bytes) {
    bytes = load(edition);
    cache.set(edition, bytes);
  }
  return bytes;
}
