import { PDFCheckBox, PDFDocument, PDFFont, PDFTextField, StandardFonts } from "pdf-lib";
import type { CertificateDescription } from "../description";
import { encryptPdf } from "../encrypt";
import { blankBytes } from "./blanks";
import { formValues } from "./form-values";

// The real 2016/03 AcroForm filled the way an agency's software fills it: every field set through the form (the
// blank names its fields bare, `Producer_FullName_A`), appearances generated so a viewer shows the values, then
// optionally flattened (pdf-lib draws each widget's appearance as a Form XObject on the page and drops the fields,
// leaving an AcroForm with no fields, as iTextSharp does) and optionally owner-password protected.

export type FillMode = "fillable" | "flattened" | "encrypted";

/** The blank's fields print at 8 pt; pdf-lib's appearance keeps that size and clips what runs past the widget. */
const FORM_SIZE = 8;
const PADDING = 2;

/** A one-line value too long for its box is set smaller, as fill software set to auto-size does: all of it shows. */
function fitToWidget(field: PDFTextField, value: string, font: PDFFont) {
  if (field.isMultiline()) return;
  const room = field.acroField.getWidgets()[0].getRectangle().width - 2 * PADDING;
  // The edition field is a hidden zero-size box: nothing of it shows at any size.
  if (room <= 0) return;
  const width = font.widthOfTextAtSize(value, FORM_SIZE);
  if (width > room) field.setFontSize(Math.floor((FORM_SIZE * room * 10) / width) / 10);
}

export async function fillRealForm(desc: CertificateDescription, mode: FillMode, seed: number): Promise<Uint8Array> {
  // updateMetadata off: pdf-lib would stamp the current time, and a seed must always give the same bytes.
  const doc = await PDFDocument.load(await blankBytes("2016/03"), { updateMetadata: false });
  const form = doc.getForm();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [name, value] of formValues(desc)) {
    const field = form.getField(name);
    if (field instanceof PDFCheckBox) {
      if (value === true) field.check();
    } else if (field instanceof PDFTextField) {
      field.setText(String(value));
      fitToWidget(field, String(value), font);
    } else {
      throw new Error(`2016/03 blank: field ${name} is neither a text field nor a check box`);
    }
  }
  form.updateFieldAppearances(font);
  if (mode === "fillable") return doc.save({ updateFieldAppearances: false });
  form.flatten({ updateFieldAppearances: false });
  const flattened = await doc.save({ updateFieldAppearances: false });
  if (mode === "flattened") return flattened;
  return encryptPdf(flattened, { ownerPassword: `owner-${seed}` });
}
