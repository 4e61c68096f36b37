import { CertificateReadError } from "./errors";
import { parsedCertificateSchema, type ReadResult } from "./parsed-certificate";
import { openPdf } from "./pdf/open-pdf";
import { PdfPages } from "./pdf/pdf-pages";
import { fillableReader } from "./readers/fillable";
import { flattenedReader } from "./readers/flattened-text";
import { otherLayoutReader } from "./readers/other-layout";
import { scanReader } from "./readers/scan";
import { textStubReader } from "./readers/text-stub";
import type { CertificateReader } from "./readers/types";

// Reads the first two pages of a certificate PDF into `parsed_certificate_json`. Readers are tried in order; the
// flattened-layout, other-layout and OCR (scan) readers come before the text stub, which only explains failures.

const READERS: readonly CertificateReader[] = [fillableReader, flattenedReader, otherLayoutReader, scanReader, textStubReader];

export async function readCertificate(bytes: Uint8Array): Promise<ReadResult> {
  const doc = await openPdf(bytes);
  try {
    if (doc.numPages === 0) {
      throw new CertificateReadError("no_pages", "The PDF has no pages, so there is no certificate to read.");
    }
    const pdf = await PdfPages.load(doc, bytes);
    try {
      for (const reader of READERS) {
        const result = await reader.read(pdf);
        if (result) {
          // Our own output must match the contract; a mismatch is our bug, so it is not a CertificateReadError.
          parsedCertificateSchema.parse(result.parsed);
          return result;
        }
      }
    } finally {
      await pdf.close();
    }
    throw new CertificateReadError(
      "unreadable_certificate",
      "No form fields or text could be read from the certificate. Upload the certificate as issued by the agency.",
    );
  } finally {
    await doc.destroy();
  }
}
