import { readAcordLayout } from "./flattened";
import type { CertificateReader } from "./types";

// Flattened ACORD 25 printed as PDF text (no form fields left): read by layout, located by the form's labels.

export const flattenedReader: CertificateReader = {
  name: "flattened",
  async read(pdf) {
    const pages = await Promise.all(pdf.pages.map((page) => pdf.text(page)));
    const first = pdf.pages[0];
    const hasFormFields = async () => (await pdf.widgets()).length > 0;
    return readAcordLayout(pages, "flattened", () => pdf.images(first), hasFormFields);
  },
};
