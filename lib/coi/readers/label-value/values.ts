import { formatUsDate, parseAmount, parseDate } from "../../normalize";

// What a value printed after a label reads as. Carriers' and platforms' own layouts print dates in words
// ("January 5, 2025", "Jan 5 2025") besides the numeric forms, policy periods as "A - B" or "A to B", and words
// where an amount would be ("Statutory", "Included", "N/A"): those are never amounts.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const NUMERIC = String.raw`\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}`;
const WORDED = String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}`;
const DATE = new RegExp(String.raw`(?<![\w/-])(?:${NUMERIC}|${WORDED})(?![\w/-])`, "gi");

/** A date in any of the printed forms → `MM/DD/YYYY`, or null. */
export function readDate(text: string): string | null {
  const s = text.trim().replace(/[.,;]$/, "");
  const numeric = parseDate(s);
  if (numeric) return numeric;
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(s);
  const parts = monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : null;
  if (!parts || !new RegExp(`^${MONTH}$`, "i").test(parts[0])) return null;
  const month = MONTHS.indexOf(parts[0].slice(0, 3).toLowerCase()) + 1;
  // parseDate checks the calendar (no 02/30) and the year range.
  return parseDate(formatUsDate(Number(parts[2]), month, Number(parts[1])));
}

export type Found = { start: number; end: number; value: string };

/** Every date printed in the text, in order, with where it sits. */
export function findDates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DATE)) {
    const value = readDate(m[0]);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}

/** "01/05/2025 - 01/05/2026", "January 5, 2025 to January 5, 2026": two dates with only a separator between. */
export function readPeriod(text: string): [Found, Found] | null {
  const dates = findDates(text);
  if (dates.length !== 2) return null;
  const between = text.slice(dates[0].end, dates[1].start);
  const before = text.slice(0, dates[0].start);
  if (!/^\s*(?:-|–|—|to|through|thru|until)?\s*$/i.test(between) || !/^\s*(?:from)?\s*$/i.test(before)) return null;
  return [dates[0], dates[1]];
}

/** Words printed where an amount goes that are not an amount: read as null, and a person reviews. */
const NOT_AMOUNT = /^(?:statutory(?: limits?)?|per statute|wc statutory limits?|included|incl|n\/?a|none|nil|not (?:covered|applicable|included)|excluded|see (?:attached|schedule|remarks|policy|below|above)|tbd|as per policy|per policy)\.?$/i;

export const isNotAmount = (text: string) => NOT_AMOUNT.test(text.trim());
export const isStatutory = (text: string) => /^(?:(?:wc )?statutory(?: limits?)?|per statute)\.?$/i.test(text.trim());

/** An amount at the start of the text ("$1,000,000", "$ 1M", "1 million", "1000000"), and where it ends. */
const AMOUNT_AT_START = /^(?:usd\s*)?\$?\s*\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|mm|mil|million|thousand)\b)?(?![\w/-]|[.,]\d)/i;

export function amountAtStart(text: string): { end: number; value: number } | null {
  const m = AMOUNT_AT_START.exec(text);
  if (!m) return null;
  const value = parseAmount(m[0]);
  return value === null ? null : { end: m[0].length, value };
}

/** A non-amount word at the start of the text ("Included", "N/A"), and where it ends. */
export function notAmountAtStart(text: string): number | null {
  const words = text.split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(" ");
    if (isNotAmount(head)) return text.indexOf(words[n - 1]) + words[n - 1].length;
  }
  return null;
}
