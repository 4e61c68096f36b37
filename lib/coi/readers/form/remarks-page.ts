import type { FieldValue } from "../../acord25/field-values";
import { groupLines, sourceOfRuns, type Run } from "../../pdf/text-runs";
import { joinWrapped } from "./wrap";

// Page 2 of a certificate is often an ACORD 101, Additional Remarks Schedule, continuing DESCRIPTION OF OPERATIONS
// (additional insureds are listed there). Its remarks are the text between the schedule's own header (agency,
// policy, "FORM NUMBER: 25 FORM TITLE: …") and its footer. Another certificate or an endorsement on page 2 is not
// a continuation and is not read.

/** Less sure than a box of the form: where the schedule's header ends is inferred from its wording. */
const CONTINUATION_CONFIDENCE = 0.9;

const SCHEDULE = /ADDITIONAL\s+REMARKS/i;
/** An ACORD 25 of its own (another certificate in the same PDF); the schedule names the form only as its title. */
const ANOTHER_CERTIFICATE = /ACORD\s*25\s*\(|INSURER\s*\(S\)\s+AFFORDING\s+COVERAGE/i;
const HEADER_END = /FORM\s+TITLE|SCHEDULE\s+TO\s+ACORD\s+FORM/i;
const FOOTER = /^(ACORD\s*101\b|©|\(c\)\s*\d{4}|The ACORD name)/i;

/** `runs`: page 2's text, upright (printed, or OCR'd from a scan). */
export function readRemarksPage(runs: Run[]): FieldValue | undefined {
  const lines = groupLines(runs);
  const text = (l: Run[]) => l.map((r) => r.text).join(" ");
  const all = lines.map(text).join("\n");
  if (!SCHEDULE.test(all) || ANOTHER_CERTIFICATE.test(all)) return undefined;
  let start = lines.findLastIndex((l) => HEADER_END.test(text(l)));
  if (start < 0) start = lines.findIndex((l) => SCHEDULE.test(text(l)));
  const body: Run[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (FOOTER.test(text(line))) break;
    body.push(line);
  }
  if (body.length === 0) return undefined;
  const flat = body.flat();
  const width = Math.max(...flat.map((r) => r.x1)) - Math.min(...flat.map((r) => r.x0));
  // OCR'd remarks are no surer than their least sure word.
  const confidence = Math.min(CONTINUATION_CONFIDENCE, ...flat.map((r) => r.confidence));
  return { value: joinWrapped(body, width + 2), source: sourceOfRuns(flat), confidence };
}
