import { PDFCheckBox, PDFDocument, PDFTextField } from "pdf-lib";
import type { CertificateDescription } from "../description";
import { encryptPdf } from "../encrypt";
import { blankBytes } from "./blanks";
import { formValues } from "./form-values";

// The real 2016/03 AcroForm filled the way an agency's software fills it: every field set through the form (the
// blank names its fields bare, `Producer_FullName_A`), appearances generated so a viewer shows the values, then
// optionally flattened (pdf-lib draws each widget's appearance as a Form XObject on the page and drops the fields,
// leaving an AcroForm with no fields, as iTextSharp does) and optionally owner-password protected.

export type FillMode = "fillable" | "flattened" | "encrypted";

export async function fillRealForm(desc: CertificateDescription, mode: FillMode, seed: number): Promise<Uint8Array> {
  // updateMetadata off: pdf-lib would stamp the current time, and a seed must always give the same bytes.
  const doc = await PDFDocument.load(await blankBytes("2016/03"), { updateMetadata: false });
  const form = doc.getForm();
  for (const [name, value] of formValues(desc)) {
    const field = form.getField(name);
    if (field instanceof PDFCheckBox) {
      if (value === true) field.check();
    } else if (field instanceof PDFTextField) {
      field.setText(String(value));
    } else {
      throw new Error(`2016/03 blank: field ${name} is neither a text field nor a check box`);
    }
  }
  form.updateFieldAppearances();
  if (mode === "fillable") return doc.save({ updateFieldAppearances: false });
  form.flatten({ updateFieldAppearances: false });
  const flattened = await doc.save({ updateFieldAppearances: false });
  if (mode === "flattened") return flattened;
  return encryptPdf(flattened, { ownerPassword: `owner-${seed}` });
}
