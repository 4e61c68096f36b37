import { existsSync } from "node:fs";
import path from "node:path";

// `../shared` beside the checkout holds test data we may not commit: the real ACORD 25 blanks and real certificates
// with their truth. CI has it; a plain clone may not. Benches and tests find it here, and say why they skip when
// it is absent. `COVERDESK_SHARED_DIR` points elsewhere (a checkout in another place).

export function sharedDir(): string {
  return process.env.COVERDESK_SHARED_DIR ?? path.resolve(process.cwd(), "..", "shared");
}

/** A path under the shared folder, or null when that file is not there. */
export function sharedFile(relative: string): string | null {
  const file = path.join(sharedDir(), relative);
  return existsSync(file) ? file : null;
}

export const REAL_BLANK_2016 = "acord25/forms/acord25-2016-03-acroform.pdf";
export const REAL_BLANK_2025 = "acord25/forms/acord25-2025-12-print.pdf";
export const REAL_CERTIFICATES = "certificates/real";

/** Why a test needing `relative` cannot run here, or null when it can. Printed by the tests that skip. */
export function sharedMissing(relative: string): string | null {
  if (sharedFile(relative)) return null;
  return `skipped: ${path.join(sharedDir(), relative)} is absent (test data kept outside the repository; CI has it)`;
}
