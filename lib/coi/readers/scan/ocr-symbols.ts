import type { OcrWord } from "../../ocr/tesseract";

// Spanish's model, which names and addresses are read with for their accents, has no "&" or "#" and is weaker on
// digits: it reads "Baker & Ng" as "Baker 4 Ng" or "Baker £ Ng", "#595" as "4595", a ZIP 78701 as "787M". Such a
// line is read again with English's model, and where both readings have the same words, English's "&", "#…" or
// digits are taken for the suspect word.

/** A lone 4, 6, 8 or £ (an "&" between words), a number starting with 4 (a "#"), digits with letters among them. */
const SUSPECT = /^([468£]|4\d+[,.]?|(?=(?:\D*\d){3})(?=.*[A-Za-z])[A-Za-z\d-]+)$/;
const DIGITS = /^\d[\d-]*\d$/;

export function suspectSymbols(words: OcrWord[]): boolean {
  return words.some((w, i) => SUSPECT.test(w.text) && (w.text.length > 1 || (/[A-Za-z]/.test(words[i - 1]?.text ?? "") && /[A-Za-z]/.test(words[i + 1]?.text ?? ""))));
}

/** `words` with English's reading of each suspect word, when `english` splits the line the same way. */
export function withEnglishSymbols(words: OcrWord[], english: OcrWord[]): OcrWord[] {
  if (english.length !== words.length) return words;
  return words.map((w, i) => {
    const e = english[i];
    if (!SUSPECT.test(w.text)) return w;
    const symbol = e.text === "&" || (e.text.startsWith("#") && e.text.slice(1) === w.text.slice(1));
    const digits = /[A-Za-z]/.test(w.text) && DIGITS.test(e.text);
    return symbol || digits ? { ...w, text: e.text, confidence: Math.min(w.confidence, e.confidence) } : w;
  });
}
