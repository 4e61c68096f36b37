import { markDrawnSignature, readLabelFields, toResult } from "./label-value";
import type { CertificateReader } from "./types";

// Certificates in a carrier's or platform's own layout (not the ACORD grid), read by their labels.

export const otherLayoutReader: CertificateReader = {
  name: "other-layout",
  async read(pdf) {
    // What a person sees: invisible, white or covered text is left out (pdf/page-content.ts).
    const pages = await Promise.all(pdf.pages.map((page) => pdf.visibleText(page)));
    const read = readLabelFields(pages);
    if (!read) return null;
    // A signature line with no name typed on it may carry a drawn one: an image, or pen strokes drawn as paths.
    const area = read.signatureArea;
    if (area && !read.fields.has("Producer_AuthorizedRepresentative_Signature_A")) {
      const page = pdf.pages[area.page - 1];
      const content = await pdf.content(page);
      markDrawnSignature(read, [...content.images, ...content.shapes], [page.width, page.height]);
    }
    return toResult(read.fields, "other");
  },
};
