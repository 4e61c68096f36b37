import { centerY, height, type Run } from "../../pdf/text-runs";
import type { Collector } from "./collector";
import { textOf } from "./collector";
import type { Party } from "./vocabulary";

// Name-and-address blocks: under a heading (PRODUCER, CERTIFICATE HOLDER) or after a label ("Insured: Smith
// Plumbing LLC", the address on the lines below it). A block is the lines that start where it starts, close below
// one another: a layout may print other boxes beside it (INSURER A… to the right of INSURED), which it leaves alone.

/** Lines further apart than this many line heights are not one block. */
const GAP = 2.4;
/** A heading at the top of a box may sit well above the box's first line (ACORD's CERTIFICATE HOLDER). */
const FIRST_GAP = 5.5;
const MAX_LINES = 6;

export class Block {
  readonly lines: Run[][] = [];
  private lastY: number;
  private readonly lineHeight: number;

  /** `xs`: where the block's lines may start (under its label, or under the value printed beside the label). */
  constructor(readonly party: Party, private readonly xs: number[], first: Run, readonly page = first.page) {
    this.lastY = centerY(first);
    this.lineHeight = height(first);
  }

  /** Starts the block with the value printed beside its label. */
  add(runs: Run[]) {
    this.lines.push(runs);
    this.lastY = centerY(runs[0]);
  }

  /** The runs of `line` that continue the block, [] when none does, or null when the block has ended. */
  claim(line: Run[], isLabel: (r: Run) => boolean): Run[] | null {
    const gap = (this.lines.length === 0 ? FIRST_GAP : GAP) * this.lineHeight;
    if (line[0].page !== this.page || this.lastY - centerY(line[0]) > gap || this.lines.length >= MAX_LINES) return null;
    const at = line.findIndex((r) => this.xs.some((x) => r.x0 >= x - 8 && r.x0 <= x + 60));
    if (at === -1) return [];
    if (isLabel(line[at])) return null;
    const runs = [line[at]];
    // A line printed in pieces ("88 Commerce Way" "Boise, ID 83702") continues while the gaps stay small.
    for (let i = at + 1; i < line.length && line[i].x0 - line[i - 1].x1 < 30 && !isLabel(line[i]); i++) runs.push(line[i]);
    this.add(runs);
    return runs;
  }
}

/** "City, ST 12345", or "street, City, ST 12345" on one line. */
const CITY_LINE = /^(?:(.+),\s*)?([^,]+?),?\s+([A-Z]{2})\.?\s+(\d{5}(?:-\d{4})?)$/;
const PREFIX: Record<Party, string> = { producer: "Producer", insured: "NamedInsured", holder: "CertificateHolder" };

export function putBlock(c: Collector, block: Block) {
  const [first, ...rest] = block.lines;
  if (!first) return;
  const prefix = PREFIX[block.party];
  c.put(`${prefix}_FullName_A`, first, textOf(first));
  const cityAt = rest.findIndex((l) => CITY_LINE.test(textOf(l)));
  const street = (cityAt === -1 ? rest : rest.slice(0, cityAt)).map((l) => ({ runs: l, text: textOf(l) }));
  let city: { runs: Run[]; city: string; state: string; postal: string } | null = null;
  if (cityAt !== -1) {
    const line = rest[cityAt];
    const [, streetPart, cityName, state, postal] = CITY_LINE.exec(textOf(line))!;
    if (streetPart) street.push({ runs: line, text: streetPart.trim() });
    city = { runs: line, city: cityName.trim(), state, postal };
  }
  const keys = ["LineOne_A", "LineTwo_A"];
  street.slice(0, 2).forEach((l, i) => c.put(`${prefix}_MailingAddress_${keys[i]}`, l.runs, l.text));
  if (city) {
    c.put(`${prefix}_MailingAddress_CityName_A`, city.runs, city.city);
    c.put(`${prefix}_MailingAddress_StateOrProvinceCode_A`, city.runs, city.state);
    c.put(`${prefix}_MailingAddress_PostalCode_A`, city.runs, city.postal);
  }
}
