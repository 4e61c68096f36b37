import type { FieldValue } from "../../acord25/field-values";
import type { Assigned } from "./assign";
import { linesOf, sourceOfWords, trimStray, type Line } from "./lines";
import type { Located } from "./locate";
import type { Slot } from "./reference";
import type { ValueWord } from "./values";

// PRODUCER, INSURED and CERTIFICATE HOLDER are one ruled box each, with a name line and address lines that agency
// systems fill line by line from the top, whatever the form's own line positions: the name first, then street
// lines, then "City, ST 12345" (often followed by a phone number or an agency code, which are not the address).

const CITY_STATE_ZIP = /^(.+?),?\s+([A-Z]{2})\.?,?\s+(\d{5}(?:-?\d{4})?)$/;
const PREFIXES = ["Producer", "NamedInsured", "CertificateHolder"] as const;
/** A second name line: "DBA …", "d/b/a …", "& Sons", "and …". */
const NAME_CONTINUES = /^(dba\b|d\/b\/a\b|t\/a\b|aka\b|&|and\b|llc\b|inc\b|ltd\b|corp)/i;
/** Lines that belong to an address even without a number in them. */
const ADDRESS_WORDS = /^(c\/o|attn|attention|suite|ste\b|unit|apt|floor|fl\b|p\.?\s?o\.?\s?box|box\b|bldg|building|one|two|three)\b/i;
/** What an agency template prints where nothing was filled in. */
const PLACEHOLDER = /^(name|address|name\s*(\/|and|&)\s*address|state,? city,? zip( code)?|city,? state,? zip( code)?|certificate holder|insured name|holder name|tbd|to be determined)$/i;

export const isPlaceholder = (text: string) => PLACEHOLDER.test(text.trim());

/**
 * Whether line i still belongs to the name: a "DBA"/"&" line, or — when a street and a city line follow — a line
 * with no number that is no address word either (a name too long for one line).
 */
function continuesName(lines: Line[], i: number): boolean {
  const text = lines[i].text;
  if (NAME_CONTINUES.test(text)) return true;
  if (/\d/.test(text) || ADDRESS_WORDS.test(text) || CITY_STATE_ZIP.test(text)) return false;
  return lines.length - i >= 3 && /\d/.test(lines[i + 1].text);
}

type Trust = (slot: Slot, words: ValueWord[]) => { confidence: number; note?: string };

export function readParties(loc: Located, assigned: Assigned, trust: Trust): [string, FieldValue][] {
  const out: [string, FieldValue][] = [];
  for (const prefix of PREFIXES) {
    const slots = [...assigned.keys()].filter((s) => s.mode === "party" && s.name.startsWith(`${prefix}_`));
    const words = slots.flatMap((s) => assigned.get(s) ?? []);
    if (words.length === 0) continue;
    const slot = slots[0];
    const lines = linesOf(loc.words, words);
    const field = (suffix: string, parts: Line[], text?: string) => {
      const ws = parts.flatMap((l) => l.words);
      out.push([`${prefix}_${suffix}`, { value: trimStray(text ?? parts.map((l) => l.text).join(" ")), source: sourceOfWords(loc.words, ws), ...trust(slot, ws) }]);
    };
    const body = lines.filter((l) => !isPlaceholder(l.text));
    if (body.length === 0) continue;
    let nameLines = 1;
    while (nameLines < body.length - 1 && continuesName(body, nameLines)) nameLines++;
    field("FullName_A", body.slice(0, nameLines));
    const rest = body.slice(nameLines);
    const cityAt = rest.findIndex((l) => CITY_STATE_ZIP.test(l.text));
    const street = cityAt >= 0 ? rest.slice(0, cityAt) : rest.slice(0, 2);
    if (street[0]) field("MailingAddress_LineOne_A", [street[0]]);
    if (street.length > 1) field("MailingAddress_LineTwo_A", street.slice(1));
    if (cityAt >= 0) {
      const m = CITY_STATE_ZIP.exec(rest[cityAt].text)!;
      field("MailingAddress_CityName_A", [rest[cityAt]], m[1].replace(/,$/, ""));
      field("MailingAddress_StateOrProvinceCode_A", [rest[cityAt]], m[2]);
      field("MailingAddress_PostalCode_A", [rest[cityAt]], m[3]);
    } else if (rest[2]) {
      field("MailingAddress_CityName_A", [rest[2]]);
    }
  }
  return out;
}
