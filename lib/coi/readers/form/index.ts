import { REMARKS_CONTINUATION_FIELD } from "../../acord25/field-names";
import type { AdjustFields } from "../../acord25/field-values";
import { fieldsToParsed } from "../../acord25/to-parsed";
import { CertificateReadError } from "../../errors";
import type { CertificateShape, ReadResult } from "../../parsed-certificate";
import type { Frame } from "../../pdf/frame";
import { runsOfPage } from "../../pdf/glyph-runs";
import type { Box } from "../../pdf/matrix";
import type { PageContent } from "../../pdf/page-content";
import { sourceOfRuns, type Run } from "../../pdf/text-runs";
import { splitAddresses } from "./addresses";
import { assignWords } from "./assign";
import { drawnMarks } from "./drawn";
import { fieldValues, pairDates, PLACED } from "./fields";
import { locateForm, type Located } from "./locate";
import { readRemarksPage } from "./remarks-page";
import { unplacedRows } from "./unplaced";
import { valueWords } from "./values";

// A flattened ACORD 25 (values printed as page text, the common case) or a scan's OCR words: the page is matched
// to the reference of the real form's edition through its printed labels, then each printed word goes to the
// ruled cell it sits in.

/**
 * What makes a reading worth reviewing: a party, an insurer, a policy or a limit. A form with only a date, a stamp
 * or a signature in it (an agency's blank printed and signed) has nothing to check.
 */
const USABLE = /NamedInsured_FullName|CertificateHolder_FullName|Insurer_FullName|PolicyNumberIdentifier|LimitAmount|Amount_A$/;

/** Page 1 as the form reader takes it: its text runs upright, and what is drawn on it, in the same frame. */
export type FormPage = { runs: Run[]; frame: Frame; images: Box[]; shapes: Box[] };

export type FormInput = {
  first: FormPage;
  /** Page 2's text runs, upright, asked for only once page 1 is known to be the form. */
  second: () => Promise<Run[] | undefined>;
  /** Whether the PDF still has form fields (a blank fillable form looks like an unfilled flattened one). */
  hasFormFields: () => Promise<boolean>;
  shape: CertificateShape;
  /** A last say on the values before they are mapped (OCR lowers the confidence of what it may have misread). */
  adjust?: AdjustFields;
};

export function formPageOf(content: PageContent, page = 1): FormPage {
  const { runs, frame } = runsOfPage(content, page);
  return { runs, frame, images: content.images.map(frame.readBox), shapes: content.shapes.map(frame.readBox) };
}

export async function readAcordForm(input: FormInput): Promise<ReadResult | null> {
  const loc = locateForm(input.first.runs, input.first.frame);
  return loc ? readLocatedForm(loc, input) : null;
}

/** The values of a form already placed on its reference (by its labels, or by a scan's ruling lines). */
export async function readLocatedForm(loc: Located, input: FormInput): Promise<ReadResult | null> {
  const words = valueWords(loc);
  const assigned = assignWords(loc, words);
  const fields = fieldValues(loc, assigned);
  if (![...fields.keys()].some((name) => USABLE.test(name))) {
    // Text widgets of an empty fillable form are not page text, so this is also how a blank fillable form looks:
    // leave it to the last reader, which tells the two apart.
    if (input.shape !== "scan" && (await input.hasFormFields())) return null;
    throw new CertificateReadError(
      "unreadable_certificate",
      "The PDF is an ACORD 25 form with no insured, insurer, policy or limit printed in its boxes. Upload the completed certificate.",
    );
  }
  for (const [name, value] of drawnMarks(loc, input.first, fields)) fields.set(name, value);
  pairDates(fields);
  if (loc.footer && loc.footerRun) {
    fields.set("Form_EditionIdentifier_A", { value: `ACORD 25 (${loc.footer})`, source: sourceOfRuns([loc.footerRun]), confidence: PLACED });
  }
  const second = await input.second();
  const continuation = second ? readRemarksPage(second) : undefined;
  if (continuation) fields.set(REMARKS_CONTINUATION_FIELD, continuation);
  splitAddresses(fields);
  input.adjust?.(fields);
  const { parsed, sources, confidence } = fieldsToParsed(fields);
  for (const { path, source } of unplacedRows(loc, words, assigned, parsed)) {
    sources[path] = source;
    confidence[path] = 0;
  }
  return { shape: input.shape, parsed, sources, confidence };
}
