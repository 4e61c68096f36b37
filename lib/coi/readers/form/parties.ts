import type { FieldValue } from "../../acord25/field-values";
import type { Assigned } from "./assign";
import { linesOf, sourceOfWords, type Line } from "./lines";
import type { Located } from "./locate";
import type { Slot } from "./reference";
import type { ValueWord } from "./values";

// PRODUCER, INSURED and CERTIFICATE HOLDER are one ruled box each, with a name line and address lines that agency
// systems fill line by line from the top, whatever the form's own line positions: the name first, then street
// lines, then "City, ST 12345" (often followed by a phone number or an agency code, which are not the address).

const CITY_STATE_ZIP = /^(.+?),?\s+([A-Z]{2})\.?,?\s+(\d{5}(?:-?\d{4})?)$/;
const PREFIXES = ["Producer", "NamedInsured", "CertificateHolder"] as const;
/** A second name line: "DBA …", "d/b/a …", "& Sons", "and …", "c/o" is an address. */
const NAME_CONTINUES = /^(dba\b|d\/b\/a\b|t\/a\b|aka\b|&|and\b|llc\b|inc\b)/i;

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
      out.push([`${prefix}_${suffix}`, { value: text ?? parts.map((l) => l.text).join(" "), source: sourceOfWords(loc.words, ws), ...trust(slot, ws) }]);
    };
    let nameLines = 1;
    while (nameLines < lines.length - 1 && NAME_CONTINUES.test(lines[nameLines].text)) nameLines++;
    field("FullName_A", lines.slice(0, nameLines));
    const rest = lines.slice(nameLines);
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
