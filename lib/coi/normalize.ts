// Turning printed values into data. Each parser returns null for anything it cannot read with certainty:
// a wrong limit read as right is the worst bug this product can have, so ambiguity is never resolved by guessing.

const MULTIPLIERS: Record<string, number> = {
  k: 1_000,
  thousand: 1_000,
  m: 1_000_000,
  mm: 1_000_000,
  mil: 1_000_000,
  million: 1_000_000,
};

/**
 * `"$ 1,000,000"`, `"$1,000,000"`, `"1000000"`, `"1,000,000.00"`, `"USD 1,000,000"`, `"$1M"`, `"$2.5 MM"` → whole
 * dollars. Null for junk, negative amounts, cents that are not zero, and misplaced thousands separators
 * (`"1,00,000"` could be a typo for either 100,000 or 1,000,000).
 */
export function parseAmount(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  let s = raw.replace(/\u00a0/g, " ").trim();
  s = s.replace(/^(usd|us\$)\s*/i, "").replace(/^\$\s*/, "").replace(/\s*(usd)$/i, "");
  if (s === "") return null;

  const grouped = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?$/.exec(s);
  if (grouped) {
    if (grouped[2] !== undefined && grouped[2] !== "00") return null;
    return safeInteger(Number(grouped[1].replace(/,/g, "")));
  }

  const scaled = /^(\d+(?:\.\d+)?)\s*(k|thousand|m|mm|mil|million)$/i.exec(s);
  if (scaled) {
    const value = Number(scaled[1]) * MULTIPLIERS[scaled[2].toLowerCase()];
    // 1.0000001M is not a whole dollar amount: refuse rather than round.
    const rounded = Math.round(value);
    return Math.abs(value - rounded) < 1e-6 ? safeInteger(rounded) : null;
  }
  return null;
}

function safeInteger(n: number): number | null {
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * `MM/DD/YYYY`, `M/D/YYYY`, `MM/DD/YY`, `MM-DD-YYYY`, `YYYY-MM-DD` → `MM/DD/YYYY`, or null when the text is not one
 * of those or not a real calendar date (02/30/2025). Two-digit years 00–79 are 20xx, 80–99 are 19xx.
 */
export function parseDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw.trim();
  let year: number, month: number, day: number;
  let m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m) {
    month = Number(m[1]);
    day = Number(m[3]);
    year = m[4].length === 2 ? expandYear(Number(m[4])) : Number(m[4]);
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else {
    return null;
  }
  if (!isCalendarDate(year, month, day)) return null;
  return formatUsDate(year, month, day);
}

function expandYear(yy: number): number {
  return yy < 80 ? 2000 + yy : 1900 + yy;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function formatUsDate(year: number, month: number, day: number): string {
  return `${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}/${year}`;
}

/** Days since the Unix epoch of an `MM/DD/YYYY` date (a calendar date, no time zone), or null. */
export function usDateToDayNumber(value: string | null | undefined): number | null {
  const m = value ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[3]), Number(m[1]), Number(m[2])];
  if (!isCalendarDate(year, month, day)) return null;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The UTC calendar day of an instant, as a day number comparable with usDateToDayNumber. */
export function dayNumberOf(instant: Date): number {
  return Math.floor(instant.getTime() / 86_400_000);
}

export function dayNumberToUsDate(dayNumber: number): string {
  const d = new Date(dayNumber * 86_400_000);
  return formatUsDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The ADDL INSD / SUBR WVD / "excluded?" text boxes: `Y`, `X`, `YES` → true; `N`, `NO`, `N/A`, empty → false;
 * anything else → null (unreadable, so a person looks at it).
 */
export function parseYesNo(raw: string | null | undefined): boolean | null {
  const s = (raw ?? "").trim().toUpperCase().replace(/\.$/, "");
  if (s === "" || s === "N" || s === "NO" || s === "N/A" || s === "NA") return false;
  if (s === "Y" || s === "YES" || s === "X" || s === "\u2713" || s === "\u2714") return true;
  return null;
}

/** Like parseYesNo, but a blank box is "not answered" (null) rather than "no". */
export function parseYesNoOrBlank(raw: string | null | undefined): boolean | null {
  return (raw ?? "").trim() === "" ? null : parseYesNo(raw);
}

/**
 * A check box's state as pdfjs reports it: the field value is the name of the "on" appearance (`Yes`, `1`, `On`…)
 * when checked and `Off` (or nothing) when not. Some producers store a boolean.
 */
export function isCheckboxChecked(value: unknown, exportValue?: string | null): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return false;
  const v = value.trim();
  if (v === "" || v.toLowerCase() === "off") return false;
  return exportValue ? v === exportValue || v.toLowerCase() === "yes" : true;
}

/** Trim and collapse inner runs of spaces; empty → null. Newlines are kept (remarks are multi-line). */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
  return s === "" ? null : s;
}

/** `1000000` → `$1,000,000`, for messages. */
export function formatDollars(amount: number): string {
  // Not toLocaleString: its output depends on the ICU data the runtime ships with.
  return `$${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}
