import type { CertificateDescription } from "../../description";
import { pick, type Rng } from "../../print-random";
import { WORD_LIMIT_FIELDS } from "./roles";

// Limit boxes that print a word instead of an amount, as real certificates do ("Included" for personal injury under
// the occurrence limit, "N/A" for unused auto limits, "SEE ATTACHED"). A word is not an amount: the description's
// limit becomes null, so the truth (expectedParsed) is null there, and the word is printed in the box.

const WORDS = ["Included", "INCLUDED", "N/A", "SEE ATTACHED", "Excluded"];

/** Chooses the worded limits, sets them to null in `desc`, and returns field → word to print. */
export function applyWordLimits(desc: CertificateDescription, rng: Rng, probability: number): Map<string, string> {
  const words = new Map<string, string>();
  for (const [field, coverage, limit] of WORD_LIMIT_FIELDS) {
    const c = desc.coverages[coverage];
    if (!c || rng() >= probability) continue;
    (c.limits as Record<string, number | null>)[limit] = null;
    words.set(field, pick(rng, WORDS));
  }
  return words;
}
