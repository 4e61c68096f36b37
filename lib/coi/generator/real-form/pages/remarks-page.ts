import { PDFDocument, rgb } from "pdf-lib";
import type { CertificateDescription } from "../../description";
import { formatDate } from "../../description";
import type { DocFonts, ValueFont } from "../print/fonts";

// Page 2 as agencies attach it when the description of operations does not fit: an additional remarks schedule in
// the manner of ACORD 101 (our own drawing of its headings, not ACORD's form), the continuation printed under
// ADDITIONAL REMARKS in the certificate's value font.

const LABEL = 6;

export function addRemarksPage(doc: PDFDocument, fonts: DocFonts, desc: CertificateDescription, font: ValueFont, size: number) {
  const page = doc.addPage([612, 792]);
  const bold = fonts.font("Helvetica-Bold");
  const plain = fonts.font("Helvetica");
  const text = fonts.font(font);
  const label = (text: string, x: number, y: number, s = LABEL, f = bold) => page.drawText(text, { x, y, size: s, font: f });
  const value = (v: string | null, x: number, y: number) => {
    if (v) page.drawText(v, { x, y, size: Math.min(size, 9), font: text });
  };
  const line = (x1: number, y1: number, x2: number, y2: number) => page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.8, color: rgb(0, 0, 0) });

  label("AGENCY CUSTOMER ID:", 380, 770);
  label("LOC #:", 520, 770);
  label("ADDITIONAL REMARKS SCHEDULE", 190, 745, 14);
  label("Page 1 of 1", 540, 745, 7, plain);
  for (const y of [735, 711, 687, 663]) line(18, y, 594, y);
  for (const [x, y1, y2] of [[18, 663, 735], [594, 663, 735], [306, 663, 735]] as const) line(x, y1, x, y2);
  label("AGENCY", 22, 728);
  value(desc.producer.name, 22, 715);
  label("NAMED INSURED", 310, 728);
  value(desc.insured.name, 310, 715);
  const gl = desc.coverages.commercial_general_liability;
  label("POLICY NUMBER", 22, 704);
  value(gl?.policy_number_string ?? null, 22, 691);
  label("CARRIER", 22, 680);
  value(desc.insurers[0]?.name ?? null, 22, 667);
  label("NAIC CODE", 240, 680);
  value(desc.insurers[0]?.naic ?? null, 240, 667);
  label("EFFECTIVE DATE:", 310, 704);
  value(gl?.policy_effective_date ? formatDate(gl.policy_effective_date, desc.format.date) : null, 370, 704);

  label("ADDITIONAL REMARKS", 22, 650, 8);
  label("THIS ADDITIONAL REMARKS FORM IS A SCHEDULE TO ACORD FORM,", 22, 638);
  label("FORM NUMBER:  25      FORM TITLE:  CERTIFICATE OF LIABILITY INSURANCE", 22, 630);
  line(18, 625, 594, 625);
  let y = 610;
  for (const paragraph of (desc.description_of_operations.continuation ?? "").split("\n")) {
    let current = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (current && fonts.width(font, next, size) > 560) {
        page.drawText(current, { x: 22, y, size, font: text });
        y -= size * 1.3;
        current = word;
      } else current = next;
    }
    if (current) page.drawText(current, { x: 22, y, size, font: text });
    y -= size * 1.3;
  }
  label("ACORD 101 (2008/01)", 18, 30, 8);
  label("The ACORD name and logo are registered marks of ACORD", 190, 30, 8, plain);
  return page;
}
