import { readLabelLayout } from "./label-value";
import type { CertificateReader } from "./types";

// Certificates in a carrier's or agency's own layout (not the ACORD grid), read by their labels.

export const otherLayoutReader: CertificateReader = {
  name: "other-layout",
  async read(pdf) {
    const pages = await Promise.all(pdf.pages.map((page) => pdf.visibleText(page)));
    return readLabelLayout(pages, "other");
  },
};
