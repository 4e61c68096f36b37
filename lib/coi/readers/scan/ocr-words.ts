import type { OcrWord } from "../../ocr/tesseract";

// What OCR gets wrong the same way on every certificate, put right on a line's words before the form reader sees
// them: the "$" of an amount read as "s", "S" or "§" (alone, or stuck to the digits), and letters read for digits
// inside an amount or a number that is mostly digits ("1,O00,000", "S00,000"). A word put right this way is a guess: its confidence is
// capped below the review threshold, so a limit read so is shown, not trusted.

/** Below REVIEW_CONFIDENCE (0.9): a corrected word is a value a person should look at. */
const CORRECTED = 0.6;

const DOLLAR_LOOKALIKE = /^[sS§$'"]{1,3}$/;
const DIGITISH = /^[\dOoIlSB,.|]+$/;

export function correctWords(words: OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    // "$" alone before an amount: read as s, S, §, or with a quote glued on.
    if (DOLLAR_LOOKALIKE.test(w.text) && next && /^\d/.test(next.text)) {
      out.push(w.text === "$" ? w : { ...w, text: "$", confidence: Math.min(w.confidence, CORRECTED) });
      continue;
    }
    out.push(correctWord(w));
  }
  return out;
}

function correctWord(w: OcrWord): OcrWord {
  let text = w.text;
  // "$" stuck to its amount: "s250,000", "§1,000,000", "$s 500,000".
  const stuck = /^[sS§'"$]{1,3}(\d[\d,.]*)$/.exec(text);
  if (stuck && !text.startsWith("$")) text = `$${stuck[1]}`;
  else if (stuck && text !== `$${stuck[1]}`) text = `$${stuck[1]}`;
  // Letters among the digits of a number: only in a word that is mostly digits already.
  const body = text.replace(/^\$/, "");
  const digits = (body.match(/\d/g) ?? []).length;
  if (DIGITISH.test(body) && digits >= 2 && digits >= 0.6 * body.replace(/[,.]/g, "").length) {
    const fixed = body.replace(/[Oo]/g, "0").replace(/[Il|]/g, "1").replace(/^S(?=\d)/, "5").replace(/S/g, "5").replace(/B/g, "8");
    text = (text.startsWith("$") ? "$" : "") + fixed;
  }
  if (text !== w.text) return { ...w, text, confidence: Math.min(w.confidence, CORRECTED) };
  // A comma whose tail was lost (printed on a rule, or faint) reads as a period: "10.000.000". A period before
  // exactly three digits is no decimal point in a dollar amount, so the value is the same either way.
  const periods = /^(\$?)(\d{1,3}(?:[.,]\d{3})+)(?:\.(\d{2}))?$/.exec(text);
  if (periods && periods[2].includes(".")) return { ...w, text: periods[1] + periods[2].replace(/\./g, ",") + (periods[3] ? `.${periods[3]}` : "") };
  return w;
}
