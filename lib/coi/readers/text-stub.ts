import { ACORD25_FIELDS } from "../acord25/field-names";
import { looksLikeCertificate } from "../acord25/markers";
import { CertificateReadError } from "../errors";
import type { CertificateReader } from "./types";

// The last resort: it never reads values, it only decides which error explains best why nothing was read.

export const textStubReader: CertificateReader = {
  name: "text-stub",
  async read(pdf) {
    // The fillable reader passed: any ACORD 25 fields present are all empty.
    if ((await pdf.widgets()).some((w) => w.name in ACORD25_FIELDS)) {
      throw new CertificateReadError(
        "unreadable_certificate",
        "The PDF is a blank ACORD 25 form: its form fields are all empty. Upload the completed certificate.",
      );
    }
    const lines: string[] = [];
    // What a person sees: a scanner's invisible OCR layer or white text is not the certificate's text.
    for (const page of pdf.pages) for (const item of await pdf.visibleText(page)) lines.push(item.text);
    const text = lines.join("\n");
    if (text.trim() === "") {
      throw new CertificateReadError(
        "unreadable_certificate",
        "No form fields or text were found in the PDF's first two pages; it may be blank or a scanned image. " +
          "Upload the certificate as issued by the insurance agency (a PDF with selectable text).",
      );
    }
    if (!looksLikeCertificate(text)) {
      throw new CertificateReadError(
        "not_a_certificate",
        "The PDF has text, but none of it looks like a certificate of insurance (no ACORD 25 or certificate " +
          "of liability insurance headings were found). Upload the certificate of insurance itself.",
      );
    }
    throw new CertificateReadError(
      "unreadable_certificate",
      "The PDF looks like a certificate of insurance, but its layout could not be read: its text matches neither " +
        "the ACORD 25 boxes nor labels such as \"Policy Number\" or \"Each Occurrence\". Upload the ACORD 25 as " +
        "issued by the agency, or review the certificate manually.",
    );
  },
};
