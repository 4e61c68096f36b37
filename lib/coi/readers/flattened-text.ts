import { formPageOf, readAcordForm } from "./form";
import type { CertificateReader } from "./types";

// Flattened ACORD 25 printed as PDF text (no form fields left): read by layout, located by the form's labels.

export const flattenedReader: CertificateReader = {
  name: "flattened",
  async read(pdf) {
    const [first, second] = pdf.pages;
    return readAcordForm({
      first: formPageOf(await pdf.content(first)),
      second: async () => (second ? pdf.content(second) : undefined),
      hasFormFields: async () => (await pdf.widgets()).length > 0,
      shape: "flattened",
    });
  },
};
