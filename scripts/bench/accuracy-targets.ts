import { REVIEW_CONFIDENCE } from "../../lib/coi/evaluate";

// The accuracy bench's targets (issue #10). Every field counts, empty ones included: a reading that returns nothing
// still gets the truth's nulls right, which is why the bars are high.

/** Each shape of the real-form corpus: fields right out of all fields. */
export const REAL_FORM_TARGET = 99.5;
/** The real certificates with a text layer, together: judged fields right. Scans are reported, not held to it. */
export const REAL_CERTIFICATE_TARGET = 97;
/**
 * A limit read as a different number is presented as certain when its confidence reaches the level at which no
 * rule asks a person to look (REVIEW_CONFIDENCE): there must be none, anywhere, scans included.
 */
export const CONFIDENT = REVIEW_CONFIDENCE;

/**
 * What the form has and our look-alike carrier layouts (generator/other-layouts.ts) leave out: its check boxes and
 * seldom-used boxes. Not used by this bench any more; the label-value reader's own tests score those layouts with it.
 */
const NOT_IN_OTHER_LAYOUTS = [
  /^revision_number$/, /^form_edition$/, /^producer\.fax$/, /\.occurrence$/, /\.claims_made$/, /\.other_coverages$/,
  /\.aggregate_limit_applies/, /\.additional_limits/, /\.covered_autos\./, /\.other_covered_autos$/, /\.policy_type$/,
  /\.deductible/, /\.retention$/, /\.statutory$/, /\.other_limit/, /\.any_person_excluded$/,
];

export function scoredFor(shape: string): (path: string) => boolean {
  if (!shape.startsWith("other")) return () => true;
  return (path) => !NOT_IN_OTHER_LAYOUTS.some((re) => re.test(path));
}
