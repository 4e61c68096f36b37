import { markDrawnSignature, readLabelFields, toResult } from "./label-value";
import type { CertificateReader } from "./types";

// Certificates in a carrier's or platform's own layout (not the ACORD grid), read by their labels.

export const otherLayoutReader: CertificateReader = {
  name: "other-layout",
  async read(pdf) {
    const pages = await Promise.all(pdf.pages.map((page) => pdf.text(page)));
    const read = readLabelFields(pages);
    if (!read) return null;
    // A signature line with no name typed on it may carry a drawn one: only then is the page's drawing replayed.
    const area = read.signatureArea;
    if (area && !read.fields.has("Producer_AuthorizedRepresentative_Signature_A")) {
      const page = pdf.pages[area.page - 1];
      markDrawnSignature(read, await pdf.images(page), [page.width, page.height]);
    }
    return toResult(read.fields, "other");
  },
};
