import type { Run } from "../../pdf/text-runs";
import type { Collector } from ".";
import type { Section } from "./vocabulary";

// Name-and-address blocks under PRODUCER, INSURED and CERTIFICATE HOLDER: the first line is the name, a line
// reading "City, ST 12345" ends the address, the lines between are street lines. Under AUTHORIZED REPRESENTATIVE,
// the first line is who signed.

const CITY_LINE = /^(.+?),\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/;

const PREFIX: Partial<Record<Section, string>> = { producer: "Producer", insured: "NamedInsured", holder: "CertificateHolder" };

export function putBlock(c: Collector, section: Section, lines: Run[][]) {
  const text = (l: Run[]) => l.map((r) => r.text).join(" ").trim();
  if (section === "signature") {
    c.put("Producer_AuthorizedRepresentative_Signature_A", lines[0], text(lines[0]));
    return;
  }
  const prefix = PREFIX[section];
  if (!prefix) return;
  const name = prefix === "Producer" ? "Producer_FullName_A" : `${prefix}_FullName_A`;
  c.put(name, lines[0], text(lines[0]));
  const rest = lines.slice(1);
  const cityAt = rest.findIndex((l) => CITY_LINE.test(text(l)));
  const street = cityAt === -1 ? rest : rest.slice(0, cityAt);
  const keys = ["LineOne_A", "LineTwo_A"];
  street.slice(0, 2).forEach((l, i) => c.put(`${prefix}_MailingAddress_${keys[i]}`, l, text(l)));
  if (cityAt !== -1) {
    const line = rest[cityAt];
    const [, city, state, postal] = CITY_LINE.exec(text(line))!;
    c.put(`${prefix}_MailingAddress_CityName_A`, line, city);
    c.put(`${prefix}_MailingAddress_StateOrProvinceCode_A`, line, state);
    c.put(`${prefix}_MailingAddress_PostalCode_A`, line, postal);
  }
}
