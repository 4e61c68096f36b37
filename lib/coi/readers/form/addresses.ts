import type { FieldValues } from "../../acord25/field-values";

// Agency systems often print "City, ST 12345" as one piece of text where the form has three boxes. When only the
// city box got text and it reads as city, state and postal code, it is split; anything else is left as printed.

const CITY_STATE_ZIP = /^(.+?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/;

export function splitAddresses(fields: FieldValues): void {
  for (const prefix of ["Producer", "NamedInsured", "CertificateHolder"]) {
    const city = fields.get(`${prefix}_MailingAddress_CityName_A`);
    const state = `${prefix}_MailingAddress_StateOrProvinceCode_A`;
    const postal = `${prefix}_MailingAddress_PostalCode_A`;
    if (!city || typeof city.value !== "string" || fields.has(state) || fields.has(postal)) continue;
    const m = CITY_STATE_ZIP.exec(city.value.trim());
    if (!m) continue;
    fields.set(`${prefix}_MailingAddress_CityName_A`, { ...city, value: m[1] });
    fields.set(state, { ...city, value: m[2] });
    fields.set(postal, { ...city, value: m[3] });
  }
}
