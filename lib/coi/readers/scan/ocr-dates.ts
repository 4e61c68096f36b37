import type { FieldValue, FieldValues } from "../../acord25/field-values";
import { parseDate } from "../../normalize";
import { DATE_PAIRS } from "../form/fields";

// Dates OCR did not read as dates: a slash lost or read as a 1 or a 7 ("12/1124", "1211724"), a dot for a slash
// ("12.23/25"). The date is put back together when what was read leaves one reading, or when the row's other date
// says what it must be (a policy runs a year: the effective date is the expiration date a year earlier, as printed,
// and OCR read nearly those digits). Either way it is a guess, shown for review, never trusted.

/** Below REVIEW_CONFIDENCE (0.9): a rebuilt date asks a person to look. */
const REBUILT = 0.6;


export function repairDates(fields: FieldValues): void {
  const single = fields.get("Form_CompletionDate_A");
  if (single) rebuild(single, null, 0);
  for (const [eff, exp] of DATE_PAIRS) {
    const [e, x] = [fields.get(eff), fields.get(exp)];
    if (e) rebuild(e, x, -1);
    if (x) rebuild(x, e, 1);
  }
}

const asText = (f: FieldValue | undefined) => (f && typeof f.value === "string" ? f.value.trim() : null);

/** `years`: how far this date is from its partner's (−1 for an effective date beside its expiration). */
function rebuild(f: FieldValue, partner: FieldValue | undefined | null, years: number): void {
  const text = asText(f);
  if (!text || parseDate(text)) return;
  const read = separated(text);
  const partnerText = asText(partner ?? undefined);
  const partnerDate = partnerText ? parseDate(partnerText) : null;
  // The partner moved by a year, printed as this one was (same separators, same year digits), if OCR read close to it.
  if (partnerDate && years !== 0) {
    const [m, d, y] = partnerDate.split("/").map(Number);
    const expected = printedLike(text, m, d, y + years);
    if (expected && digitDistance(digitsOf(text), digitsOf(expected)) <= 2) {
      set(f, expected);
      return;
    }
  }
  if (read && parseDate(read)) set(f, read);
}

function set(f: FieldValue, value: string): void {
  f.value = value;
  f.confidence = Math.min(f.confidence, REBUILT);
  f.note = "OCR misread it; rebuilt as a date, to be checked";
}

/**
 * The one date the characters can be: separators OCR turned into other marks put back ("12.23/25", "12:11:24"),
 * or a run of 6 or 8 digits read without them (MMDDYY, MMDDYYYY).
 */
function separated(text: string): string | null {
  const t = text.replace(/\s+/g, "");
  const m = /^(\d{1,2})[^\d](\d{1,2})[^\d](\d{2}|\d{4})$/.exec(t);
  if (m) return `${m[1]}/${m[2]}/${m[3]}`;
  const iso = /^(\d{4})[^\d](\d{2})[^\d](\d{2})$/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (/^\d{6}$/.test(t)) return `${t.slice(0, 2)}/${t.slice(2, 4)}/${t.slice(4)}`;
  if (/^\d{8}$/.test(t)) return `${t.slice(0, 2)}/${t.slice(2, 4)}/${t.slice(4)}`;
  return null;
}

/** A date written the way `text` looks: ISO when it starts with a year, else MM/DD with the year's digits as read. */
function printedLike(text: string, month: number, day: number, year: number): string | null {
  if (year < 1900 || year > 2200) return null;
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  if (/^\s*(19|20)\d\d\D/.test(text)) return `${year}-${mm}-${dd}`;
  const digits = digitsOf(text).length;
  return `${mm}/${dd}/${digits >= 8 ? year : String(year).slice(2)}`;
}

const digitsOf = (s: string) => s.replace(/\D/g, "");

/** Edit distance between two digit strings (a separator read as a digit is one insertion). */
function digitDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
