import type { Rect } from "../types";
import type { Grid } from "./grid";
import { word, type Word } from "./page-words";

// The 2025/12 print's header and bottom boxes, from their labels: DATE, PRODUCER and INSURED blocks, the CONTACT /
// PHONE / FAX / E-MAIL lines, INSURER A–F with NAIC #, the certificate and revision numbers, DESCRIPTION OF
// OPERATIONS and CERTIFICATE HOLDER. Where the form gives a label and no box (an address block), the lines are laid
// out as the 2016/03 form's own fields are: four lines of the form's line pitch, city / state / zip split.

const rightOf = (w: Word, gap = 3) => w.x + w.width + gap;

/** Name, two address lines and city / state / zip, top line just under `top`. */
function addressBlock(prefix: string, fullName: string, x: number, right: number, top: number, pitch: number, slots: Map<string, Rect>) {
  const line = (i: number) => top - (i + 1) * pitch;
  const width = right - x;
  slots.set(fullName, { x, y: line(0), width, height: pitch });
  slots.set(`${prefix}_MailingAddress_LineOne_A`, { x, y: line(1), width, height: pitch });
  slots.set(`${prefix}_MailingAddress_LineTwo_A`, { x, y: line(2), width, height: pitch });
  slots.set(`${prefix}_MailingAddress_CityName_A`, { x, y: line(3), width: width - 64, height: pitch });
  slots.set(`${prefix}_MailingAddress_StateOrProvinceCode_A`, { x: right - 64, y: line(3), width: 18, height: pitch });
  slots.set(`${prefix}_MailingAddress_PostalCode_A`, { x: right - 46, y: line(3), width: 46, height: pitch });
}

export function locateHeader(words: Word[], grid: Grid, pitch: number, slots: Map<string, Rect>) {
  const date = word(words, "DATE (MM/DD/YYYY)");
  const dateCell = grid.cellAt(date.x + 1, date.y + 1);
  slots.set("Form_CompletionDate_A", { x: dateCell.x + 1, y: dateCell.y + 1, width: dateCell.width - 2, height: date.y - dateCell.y - 2 });

  const producer = word(words, "PRODUCER");
  const producerCell = grid.cellAt(producer.x + 1, producer.y + 1);
  addressBlock("Producer", "Producer_FullName_A", producer.x, producerCell.x + producerCell.width - 4, producer.y - 1, pitch, slots);
  const insured = word(words, "INSURED");
  const insuredCell = grid.cellAt(insured.x + 1, insured.y + 1);
  // The 2016/03 form indents the insured's lines past the label; agencies print them there.
  addressBlock("NamedInsured", "NamedInsured_FullName_A", insured.x + 34, insuredCell.x + insuredCell.width - 4, insured.y - 1, pitch, slots);

  const lineRight = (w: Word) => grid.vLine(rightOf(w), w.y + 2, 1).x - 2;
  const inCell = (field: string, label: Word, x: number) => {
    const cell = grid.cellAt(x + 1, label.y + 2);
    slots.set(field, { x, y: cell.y, width: lineRight(label) - x, height: cell.height });
  };
  inCell("Producer_ContactPerson_FullName_A", word(words, "NAME:"), Math.max(rightOf(word(words, "NAME:")), rightOf(word(words, "CONTACT"))));
  inCell("Producer_ContactPerson_PhoneNumber_A", word(words, "(A/C, No, Ext):"), rightOf(word(words, "(A/C, No, Ext):")));
  inCell("Producer_FaxNumber_A", word(words, "(A/C, No):"), rightOf(word(words, "(A/C, No):")));
  inCell("Producer_ContactPerson_EmailAddress_A", word(words, "ADDRESS:"), Math.max(rightOf(word(words, "ADDRESS:")), rightOf(word(words, "E-MAIL"))));

  for (const letter of "ABCDEF") {
    const label = word(words, `INSURER ${letter} :`);
    const cell = grid.cellAt(rightOf(label), label.y + 2);
    const naic = grid.cellAt(cell.x + cell.width + 2, label.y + 2);
    slots.set(`Insurer_FullName_${letter}`, { x: rightOf(label), y: cell.y, width: cell.x + cell.width - 2 - rightOf(label), height: cell.height });
    slots.set(`Insurer_NAICCode_${letter}`, { x: naic.x + 1, y: naic.y, width: naic.width - 2, height: naic.height });
  }

  const certificate = word(words, "CERTIFICATE NUMBER:");
  const revision = word(words, "REVISION NUMBER:");
  const band = { y: certificate.y - 2.5, height: pitch };
  slots.set("CertificateOfInsurance_CertificateNumberIdentifier_A", { x: rightOf(certificate), ...band, width: revision.x - 10 - rightOf(certificate) });
  // The COVERAGES strip has no cells: the revision number runs to the form's right border.
  const bandRight = Math.max(...grid.v.map((l) => l.x)) - 2;
  slots.set("CertificateOfInsurance_RevisionNumberIdentifier_A", { x: rightOf(revision), ...band, width: bandRight - rightOf(revision) });
}

export function locateBottom(words: Word[], grid: Grid, pitch: number, slots: Map<string, Rect>) {
  const remarks = words.find((w) => w.text.startsWith("DESCRIPTION OF OPERATIONS / LOCATIONS"));
  if (!remarks) throw new Error("2025/12 blank: DESCRIPTION OF OPERATIONS label not found");
  const box = grid.cellAt(remarks.x + 1, remarks.y - 4);
  slots.set("CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", { x: box.x + 3, y: box.y + 2, width: box.width - 6, height: remarks.y - box.y - 4 });

  const holder = word(words, "CERTIFICATE HOLDER");
  const cell = grid.cellAt(holder.x + 1, holder.y - 4);
  // The holder's lines sit low in the box, where a window envelope shows them, as on the 2016/03 form.
  addressBlock("CertificateHolder", "CertificateHolder_FullName_A", holder.x + 34, cell.x + cell.width - 4, cell.y + 3 + 4 * pitch, pitch, slots);
}
