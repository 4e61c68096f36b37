import type { CorpusShape } from "../../lib/coi/generator/corpus";

// The targets of issue #3 per shape, and which fields each shape prints (a non-ACORD layout leaves out the form's
// check boxes, so those are not scored there).

/**
 * `noMisreads`: no limit read as a different number at all; `noConfidentMisreads`: none presented as certain
 * (confidence ≥ 0.9, so no rule asks a person). OCR may misread a digit, but must then say it is unsure.
 */
export function targetFor(shape: CorpusShape): { accuracy: number; noMisreads: boolean; noConfidentMisreads: boolean } {
  if (shape.startsWith("other")) return { accuracy: 95, noMisreads: false, noConfidentMisreads: false };
  if (shape.startsWith("scan")) return { accuracy: 90, noMisreads: false, noConfidentMisreads: true };
  return { accuracy: 99.5, noMisreads: true, noConfidentMisreads: true };
}

/** What the form has and our non-ACORD layouts leave out: its check boxes and seldom-used boxes. */
const NOT_IN_OTHER_LAYOUTS = [
  /^revision_number$/, /^form_edition$/, /^producer\.fax$/, /\.occurrence$/, /\.claims_made$/, /\.other_coverages$/,
  /\.aggregate_limit_applies/, /\.additional_limits/, /\.covered_autos\./, /\.other_covered_autos$/, /\.policy_type$/,
  /\.deductible/, /\.retention$/, /\.statutory$/, /\.other_limit/, /\.any_person_excluded$/,
];

export function scoredFor(shape: CorpusShape): (path: string) => boolean {
  if (!shape.startsWith("other")) return () => true;
  return (path) => !NOT_IN_OTHER_LAYOUTS.some((re) => re.test(path));
}
