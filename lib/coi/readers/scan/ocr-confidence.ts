import type { FieldValues } from "../../acord25/field-values";
import { parseAmount } from "../../normalize";
import { repairDates } from "./ocr-dates";

// OCR can turn a 0 into an 8 and still be sure of itself, so an OCR'd value is only presented as certain (≥ 0.9,
// no review asked) when tesseract was sure of every word, the value sat in its box beside its label (the layout
// readers already lower it otherwise), and a limit looks like one: grouped as printed and a round amount.

/** The most an OCR'd value gets: less than printed text (0.98), still above the review threshold. */
export const OCR_CONFIDENCE = 0.93;
/** Tesseract word confidence below this is a guess as far as we are concerned. */
const SURE_WORD = 0.9;
/** Below the review threshold (0.9): the rule relying on the value asks a person. */
export const OCR_UNSURE = 0.85;

const AMOUNT_FIELD = /(LimitAmount|Amount)_[A-Z]$/;

/** "1,000,000", "$ 25,000", "1000000.00": digits as an agency prints them, no stray characters. */
function looksLikeLimit(text: string): boolean {
  const s = text.replace(/^\$\s*/, "").replace(/\.00$/, "");
  if (!/^(\d{1,3}(,\d{3})+|\d{1,9})$/.test(s)) return false;
  const value = parseAmount(s);
  // Limits are round: at most three significant digits (1,500,000, 25,000, 300,000); a misread digit is not.
  return value !== null && (value === 0 || /^\d{1,3}0*$/.test(String(value)));
}

/** An e-mail address has no spaces; OCR puts one around "@" or after a dot. */
const EMAIL_FIELD = /EmailAddress/;

export function applyOcrConfidence(fields: FieldValues): void {
  repairDates(fields);
  for (const [name, f] of fields) {
    if (EMAIL_FIELD.test(name) && typeof f.value === "string" && /@/.test(f.value)) f.value = f.value.replace(/\s+/g, "");
    // f.confidence is already the smallest of the words' and the placement's.
    let c = Math.min(f.confidence, OCR_CONFIDENCE);
    if (f.confidence < SURE_WORD) {
      c = Math.min(c, OCR_UNSURE);
      f.note ??= "OCR was unsure of it";
    }
    if (AMOUNT_FIELD.test(name) && typeof f.value === "string" && !looksLikeLimit(f.value.trim())) {
      c = Math.min(c, OCR_UNSURE);
      f.note ??= "OCR read it as an amount no limit is printed as";
    }
    f.confidence = c;
  }
}
