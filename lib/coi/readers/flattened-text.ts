import { runsOfPage } from "../pdf/glyph-runs";
import { formPageOf, readAcordForm } from "./form";
import type { CertificateReader } from "./types";

// Flattened ACORD 25 printed as PDF text (no form fields left): read by layout, located by the form's labels.

export const flattenedReader: CertificateReader = {
  name: "flattened",
  async read(pdf) {
    const [first, second] = pdf.pages;
    const hasFormFields = async () => (await pdf.widgets()).length > 0;
    const onFirst = await readAcordForm({
      first: formPageOf(await pdf.content(first)),
      second: async () => (second ? runsOfPage(await pdf.content(second), 2).runs : undefined),
      hasFormFields,
      shape: "flattened",
    });
    if (onFirst || !second) return onFirst;
    // A fax cover or a letter first, the certificate on page 2 (pages past the second are never read).
    return readAcordForm({ first: formPageOf(await pdf.content(second), 2), second: async () => undefined, hasFormFields, shape: "flattened" });
  },
};
