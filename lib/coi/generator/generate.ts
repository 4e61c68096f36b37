import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFForm, type PDFPage } from "pdf-lib";
import { REMARKS_CONTINUATION_FIELD } from "../acord25/field-names";
import type { CertificateDescription } from "./description";
import { encryptPdf, type EncryptOptions } from "./encrypt";
import { PAGE_SIZE, firstPageBase, type PageLayout, type Slot } from "./layout";
import { otherRowAndBottom, remarksPage } from "./layout-bottom";
import { coveragesGrid } from "./layout-grid";
import { beginPage, endPage, printer, signaturePng, type Printer, type PrintOptions } from "./print";
import { descriptionToFieldValues, type FieldValueMap } from "./values";

// Draws a test certificate from a description: `fillable` keeps the values in AcroForm fields named as on ACORD 25
// (appearances generated, so it also looks filled in); `flattened` prints the same values as plain page text.
// Fonts are the standard 14 (WinAnsi), so names must use Latin-1 characters (accents are fine).

export type GenerateOptions = {
  mode: "fillable" | "flattened";
  /** Encrypt as agencies do: an owner password restricts editing; a user password is needed to open it at all. */
  encrypt?: EncryptOptions;
  /** Flattened only: how the agency system printed it (shifted, scaled, nudged values, fonts, check glyphs). */
  print?: PrintOptions;
};

const VALUE_SIZE = 7;

export function certificateLayout(desc: CertificateDescription): PageLayout[] {
  const first = firstPageBase();
  coveragesGrid(first);
  otherRowAndBottom(first);
  const pages = [first];
  if (desc.description_of_operations.continuation) {
    pages.push(remarksPage(desc.producer.name ?? "", desc.insured.name ?? ""));
  }
  return pages;
}

export async function generateCertificatePdf(desc: CertificateDescription, opts: GenerateOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Certificate of Liability Insurance (test certificate)");
  doc.setProducer("Coverdesk test-certificate generator");
  // Fixed dates keep the output byte-for-byte reproducible for a given description.
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const values = descriptionToFieldValues(desc);
  const form = opts.mode === "fillable" ? doc.getForm() : null;
  const print = form ? {} : (opts.print ?? {});
  const out = await printer(doc, font, print);
  const signature = desc.signature_image ? await doc.embedPng(signaturePng()) : null;

  certificateLayout(desc).forEach((layout, index) => {
    const page = doc.addPage(print.pageSize ?? PAGE_SIZE);
    beginPage(page, print);
    drawStatic(page, layout, font, bold);
    for (const slot of layout.slots) {
      const value = values.get(slot.name);
      if (form) addField(form, page, slot, value, index + 1, desc.format.field_names, font);
      else if (value !== undefined) drawValue(page, slot, value, out);
      if (signature && slot.name === "Producer_AuthorizedRepresentative_Signature_A") {
        // Drawn over the right half of the box, so a typed name (left) stays readable beside it.
        const [x, y, width, height] = slot.rect;
        page.drawImage(signature, { x: x + width / 2, y: y + 1, width: width / 2 - 4, height: height - 2 });
      }
    }
    endPage(page);
  });
  if (form) form.updateFieldAppearances(font);
  const bytes = await doc.save({ useObjectStreams: false });
  return opts.encrypt ? encryptPdf(bytes, opts.encrypt) : bytes;
}

function drawStatic(page: PDFPage, layout: PageLayout, font: PDFFont, bold: PDFFont) {
  const black = rgb(0, 0, 0);
  for (const [x, y, width, height] of layout.boxes) {
    page.drawRectangle({ x, y, width, height, borderColor: black, borderWidth: 0.5 });
  }
  for (const [x1, y1, x2, y2] of layout.lines) {
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.5, color: black });
  }
  for (const l of layout.labels) {
    if (!l.text) continue;
    const f = l.bold ? bold : font;
    const width = f.widthOfTextAtSize(l.text, l.size);
    const size = l.maxWidth && width > l.maxWidth ? (l.size * l.maxWidth) / width : l.size;
    page.drawText(l.text, { x: l.x, y: l.y, size, font: f, color: black });
  }
}

function qualified(name: string, page: number, naming: "bare" | "qualified"): string {
  return naming === "qualified" ? `F[0].P${page}[0].${name}[0]` : name;
}

function addField(
  form: PDFForm, page: PDFPage, slot: Slot, value: string | boolean | undefined, pageNumber: number,
  naming: "bare" | "qualified", font: PDFFont,
) {
  const [x, y, width, height] = slot.rect;
  const name = qualified(slot.name, pageNumber, naming);
  if (slot.kind === "checkbox") {
    const box = form.createCheckBox(name);
    // Explicit undefined colours: pdf-lib then draws no background or border over our printed grid.
    box.addToPage(page, { x, y, width, height, borderWidth: 0, backgroundColor: undefined, borderColor: undefined });
    if (value === true) box.check();
    return;
  }
  const field = form.createTextField(name);
  if (slot.multiline || slot.name === REMARKS_CONTINUATION_FIELD) field.enableMultiline();
  if (slot.align === "center") field.setAlignment(1);
  if (typeof value === "string") field.setText(value);
  field.addToPage(page, { x, y, width, height, borderWidth: 0, font, backgroundColor: undefined, borderColor: undefined });
  field.setFontSize(VALUE_SIZE);
}

function drawValue(page: PDFPage, slot: Slot, value: string | boolean, out: Printer) {
  const [dx, dy] = out.nudge();
  const [x0, y, width, height] = slot.rect;
  const x = x0 + dx;
  const font = out.font;
  if (slot.kind === "checkbox") {
    if (value === true) page.drawText(out.checkText, { x: x + 1, y: y + 0.8 + dy, size: 6, font: out.checkFont });
    return;
  }
  if (typeof value !== "string") return;
  if (slot.multiline) {
    const lines = wrap(value, font, VALUE_SIZE, width - 4);
    lines.forEach((line, i) => page.drawText(line, { x: x + 2, y: y + dy + height - (i + 1) * (VALUE_SIZE + 1.5), size: VALUE_SIZE, font }));
    return;
  }
  const textWidth = font.widthOfTextAtSize(value, VALUE_SIZE);
  const left = slot.align === "center" ? x + Math.max(1, (width - textWidth) / 2) : x + 2;
  page.drawText(value, { x: left, y: y + dy + (height - VALUE_SIZE) / 2 + 1.2, size: VALUE_SIZE, font });
}

/** Greedy word wrap; explicit line breaks are kept. */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
        out.push(line);
        line = word;
      } else line = candidate;
    }
    out.push(line);
  }
  return out;
}

export type { FieldValueMap };
