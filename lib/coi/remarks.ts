// Pulling additional insured names out of the DESCRIPTION OF OPERATIONS free text. Only explicit phrasings are
// recognised; anything else yields no name, so the additional insured rule fails and a person reads the text.
// Trimming is deliberately conservative: a name cut short could match a different company.

const AI = String.raw`additional\s+insureds?`;

/** "X is included as additional insured", "X are named as additional insureds", "X is an additional insured". */
const SUBJECT_FIRST = new RegExp(
  String.raw`\b(?:is|are|shall be|has been|have been)\s+(?:(?:included|named|added|listed|designated|covered)\s+as\s+)?(?:an?\s+)?${AI}\b`,
  "gi",
);
/** "Additional Insured: X", "named as additional insureds: X, Y", "Additional Insureds: X; Y". */
const LIST_AFTER = new RegExp(String.raw`\b${AI}\s*:\s*`, "gi");

/** After an abbreviation ("Inc."), only these words open a new sentence: "Client Corp Inc. Waiver of …". */
const STARTERS = new Set(
  ("the this these that it its all any blanket waiver primary coverage coverages policy policies certificate " +
    "insurance general auto automobile umbrella excess workers project job location re per where when if as " +
    "subject including such notice cancellation evidence additional").split(" "),
);
const ABBREVIATIONS = new Set(["inc", "corp", "co", "ltd", "llc", "l.l.c", "l.p", "jr", "sr", "st", "no", "bros", "mt", "ft"]);

/** Qualifiers that trail a name: "…, its officers and employees", "… with respect to general liability". */
const TRAILING_QUALIFIER = new RegExp(
  String.raw`(?:\s*,)?\s+(?:(?:and|&)\s+)?(?:its|their)\s+(?:officers|directors|employees|agents|affiliates|subsidiaries|members|managers|parents?|volunteers|successors|assigns)\b.*$` +
    String.raw`|\s+(?:with respect to|as respects|where required|when required|if required|as required|per (?:the )?written|on a primary|on primary|but only|only with respect)\b.*$`,
  "is",
);
const LEADING_QUALIFIER =
  /^(?:(?:as|when|where|if) required (?:by|under) (?:a |the )?(?:written )?(?:contract|agreement)[^,]*,\s*|per (?:the )?(?:written )?(?:contract|agreement)[^,]*,\s*|and\s+)/i;

export function extractAdditionalInsuredNames(text: string | null, certificateHolderName: string | null): string[] {
  if (!text) return [];
  const found: { at: number; name: string }[] = [];
  for (const match of text.matchAll(SUBJECT_FIRST)) {
    const after = text.slice(match.index + match[0].length);
    if (/^\s*:/.test(after)) continue; // "The following are named as additional insureds: …" is a list, below.
    const subject = cleanName(stripLeading(sentenceBefore(text, match.index)));
    if (subject) found.push({ at: match.index, name: subject });
  }
  for (const match of text.matchAll(LIST_AFTER)) {
    const start = match.index + match[0].length;
    for (const name of splitList(sentenceFrom(text, start))) found.push({ at: start, name });
  }
  const names = found
    .sort((a, b) => a.at - b.at)
    .map((f) => resolveHolder(f.name, certificateHolderName))
    .filter((n): n is string => !!n);
  return dedupe(names);
}

/** The text from the start of the current sentence (or line, or clause after ";" / ":") up to `end`. */
function sentenceBefore(text: string, end: number): string {
  const head = text.slice(0, end);
  let start = Math.max(head.lastIndexOf("\n"), head.lastIndexOf(";"), head.lastIndexOf(":")) + 1;
  for (const m of head.matchAll(/(\S*)\.(?=(\s+)(\S+))/g)) {
    const boundary = m.index + m[0].length + m[2].length;
    if (boundary > start && isSentenceBreak(m[1], m[3])) start = boundary;
  }
  return head.slice(start);
}

/** The text from `start` to the end of its sentence (or line). */
function sentenceFrom(text: string, start: number): string {
  const tail = text.slice(start);
  const newline = tail.indexOf("\n");
  const line = newline === -1 ? tail : tail.slice(0, newline);
  for (const m of line.matchAll(/(\S*)\.(?=\s+(\S+)|\s*$)/g)) {
    if (m[2] === undefined || isSentenceBreak(m[1], m[2])) return line.slice(0, m.index + m[0].length);
  }
  return line;
}

function isSentenceBreak(wordBefore: string, wordAfter: string): boolean {
  if (!/^["'“(]?[A-Z]/.test(wordAfter)) return false;
  if (!ABBREVIATIONS.has(wordBefore.toLowerCase().replace(/[^a-z.]/g, ""))) return true;
  return STARTERS.has(wordAfter.replace(/[^A-Za-z]/g, "").toLowerCase());
}

function stripLeading(subject: string): string {
  let s = subject.trim();
  for (let previous = ""; previous !== s; ) {
    previous = s;
    s = s.replace(LEADING_QUALIFIER, "").trim();
  }
  return s;
}

/** "X, Y; Z" → [X, Y, Z], keeping "Client Corp, Inc." whole. A bare "and" is not split: "Smith and Sons". */
function splitList(list: string): string[] {
  const merged: string[] = [];
  for (const part of list.split(/\s*(?:;|,\s*and\s+|,)\s*/)) {
    // "…, LLC and its subsidiaries": the part opens with the suffix of the name before it.
    const word = (part.trim().split(/\s+/)[0] ?? "").toLowerCase().replace(/[^a-z.]/g, "").replace(/\.$/, "");
    if (merged.length > 0 && ABBREVIATIONS.has(word)) merged[merged.length - 1] += `, ${part.trim()}`;
    else merged.push(part);
  }
  return merged.map((p) => cleanName(stripLeading(p))).filter((n): n is string => !!n);
}

function cleanName(raw: string): string | null {
  const s = raw
    .replace(/\s+/g, " ")
    .replace(TRAILING_QUALIFIER, "")
    .replace(/^[\s"'“”‘’(]+|[\s"'“”‘’).,;:]+$/g, "")
    .trim();
  return s.length >= 2 && /[\p{L}\p{N}]/u.test(s) ? s : null;
}

/** "The certificate holder is included as additional insured" names the holder printed below. */
function resolveHolder(name: string, holder: string | null): string | null {
  if (/^(?:the\s+)?certificate\s+holders?$/i.test(name)) return holder ? cleanName(holder) : null;
  return name;
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Waiver of subrogation and primary/non-contributory wording. A sentence that negates it ("does not apply",
// "not included") is not a grant; anything vaguer still reads as a mention, and the requirement's own rules decide.
const NEGATION = /\b(?:not|no|excluded|excludes|except|n\/a)\b/i;

function sentencesMentioning(text: string | null, pattern: RegExp): string[] {
  if (!text) return [];
  return text.split(/(?<=[.;])\s+|\n/).filter((s) => pattern.test(s));
}

export function grantsWaiverOfSubrogation(text: string | null): boolean {
  const found = sentencesMentioning(text, /waiver\s+of\s+subrogation|subrogation\s+(?:is\s+)?waived/i);
  return found.some((s) => !NEGATION.test(s));
}

export function saysPrimaryNonContributory(text: string | null): boolean {
  const found = sentencesMentioning(text, /primary\s+(?:and|&|\/)\s*non[-\s]?contributory/i);
  return found.some((s) => !NEGATION.test(s));
}
