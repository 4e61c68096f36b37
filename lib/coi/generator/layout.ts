// Our own drawing of an ACORD 25-like page (not a copy of the form): boxes, section labels, grid columns and the
// limit labels of ACORD25.md, with each AcroForm field's slot. Coordinates are PDF points, origin bottom-left.

export type Rect = [x: number, y: number, width: number, height: number];
export type Slot = { name: string; kind: "text" | "checkbox"; rect: Rect; multiline?: boolean; align?: "left" | "center" };
export type Label = { text: string; x: number; y: number; size: number; bold?: boolean; maxWidth?: number };
export type PageLayout = { boxes: Rect[]; lines: [number, number, number, number][]; labels: Label[]; slots: Slot[] };

export const PAGE_SIZE: [number, number] = [612, 792];
const L = 20;
const R = 592;
const MID = 306;
/** Grid columns: INSR LTR | TYPE OF INSURANCE | ADDL INSD | SUBR WVD | POLICY NUMBER | EFF | EXP | LIMIT | $ */
const COL = { ltr: 20, type: 36, addl: 182, subr: 200, number: 218, eff: 308, exp: 354, limit: 400, amount: 518 };
const LINE = 10;

function newPage(): PageLayout {
  return { boxes: [], lines: [], labels: [], slots: [] };
}

function text(p: PageLayout, name: string, rect: Rect, extra: Partial<Slot> = {}) {
  p.slots.push({ name, kind: "text", rect, ...extra });
}

/** A check box slot with its printed square and caption to the right. */
function check(p: PageLayout, name: string, x: number, lineY: number, caption = "", maxWidth?: number) {
  p.boxes.push([x, lineY + 2, 6, 6]);
  p.slots.push({ name, kind: "checkbox", rect: [x, lineY + 2, 6, 6] });
  if (caption) p.labels.push({ text: caption, x: x + 8, y: lineY + 3, size: 5.5, maxWidth });
}

/** A printed label; `maxWidth` shrinks its type to fit a column. */
function label(p: PageLayout, text: string, x: number, y: number, size = 5.5, bold = false, maxWidth?: number) {
  p.labels.push({ text, x, y, size, bold, maxWidth });
}

function header(p: PageLayout) {
  label(p, "CERTIFICATE OF LIABILITY INSURANCE", 150, 768, 13, true);
  p.boxes.push([500, 752, 92, 26]);
  label(p, "DATE (MM/DD/YYYY)", 516, 771, 5.5, true);
  text(p, "Form_CompletionDate_A", [504, 754, 84, 14], { align: "center" });
  p.boxes.push([L, 702, R - L, 46]);
  const notice = [
    "THIS CERTIFICATE RECORDS INFORMATION ABOUT THE POLICIES LISTED BELOW FOR THE CERTIFICATE HOLDER'S CONVENIENCE ONLY.",
    "IT DOES NOT CHANGE, EXTEND OR REPLACE THE COVERAGE THOSE POLICIES PROVIDE, AND IT IS NOT A CONTRACT WITH ANY INSURER.",
    "IF THE CERTIFICATE HOLDER IS AN ADDITIONAL INSURED, THE POLICY MUST BE ENDORSED; THIS CERTIFICATE ALONE GRANTS NO RIGHTS.",
  ];
  notice.forEach((line, i) => label(p, line, 24, 737 - i * 11, 6, i === 0));
}

function addressBlock(p: PageLayout, prefix: string, x: number, top: number) {
  const w = MID - x - 8;
  text(p, `${prefix}_MailingAddress_LineOne_A`, [x, top - 20, w, 10]);
  text(p, `${prefix}_MailingAddress_LineTwo_A`, [x, top - 30, w, 10]);
  text(p, `${prefix}_MailingAddress_CityName_A`, [x, top - 40, 150, 10]);
  text(p, `${prefix}_MailingAddress_StateOrProvinceCode_A`, [x + 154, top - 40, 30, 10]);
  text(p, `${prefix}_MailingAddress_PostalCode_A`, [x + 188, top - 40, w - 188, 10]);
}

function parties(p: PageLayout) {
  p.boxes.push([L, 643, MID - L, 53], [L, 590, MID - L, 53]);
  label(p, "PRODUCER", 23, 689, 6, true);
  text(p, "Producer_FullName_A", [24, 676, MID - 32, 10]);
  addressBlock(p, "Producer", 24, 686);
  label(p, "INSURED", 23, 636, 6, true);
  text(p, "NamedInsured_FullName_A", [24, 623, MID - 32, 10]);
  addressBlock(p, "NamedInsured", 24, 633);

  p.boxes.push([MID, 684, R - MID, 12], [MID, 672, R - MID, 12], [MID, 660, R - MID, 12], [MID, 590, R - MID, 70]);
  label(p, "CONTACT NAME:", 309, 687);
  text(p, "Producer_ContactPerson_FullName_A", [360, 685, 228, 10]);
  label(p, "PHONE (A/C, No, Ext):", 309, 675);
  text(p, "Producer_ContactPerson_PhoneNumber_A", [372, 673, 90, 10]);
  label(p, "FAX (A/C, No):", 466, 675);
  text(p, "Producer_FaxNumber_A", [508, 673, 80, 10]);
  label(p, "E-MAIL ADDRESS:", 309, 663);
  text(p, "Producer_ContactPerson_EmailAddress_A", [360, 661, 228, 10]);
  label(p, "INSURER(S) AFFORDING COVERAGE", 380, 651, 6, true);
  label(p, "NAIC #", 552, 651, 6, true);
  p.lines.push([MID, 648, R, 648], [540, 590, 540, 660]);
  ["A", "B", "C", "D", "E", "F"].forEach((letter, i) => {
    const y = 638.33 - i * 9.667;
    label(p, `INSURER ${letter} :`, 309, y + 2.5);
    text(p, `Insurer_FullName_${letter}`, [346, y + 0.1, 192, 9.4]);
    text(p, `Insurer_NAICCode_${letter}`, [543, y + 0.1, 46, 9.4]);
  });
}

export function firstPageBase(): PageLayout {
  const p = newPage();
  header(p);
  parties(p);
  return p;
}

export const GRID = { COL, LINE, L, R, MID };
export { check, label, text, newPage };
