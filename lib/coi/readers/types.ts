import type { PdfPages } from "../pdf/pdf-pages";
import type { ReadResult } from "../parsed-certificate";

/**
 * One way of reading a certificate (fillable form, flattened text, another layout, OCR). readCertificate tries
 * readers in order: a reader returns null when the document is not its kind, so the next one gets a turn, and
 * throws CertificateReadError when it knows the document cannot be read at all.
 */
export type CertificateReader = {
  name: string;
  read(pdf: PdfPages): Promise<ReadResult | null>;
};
