import { readScan } from "./scan/index";
import type { CertificateReader } from "./types";

// Scanned (image-only) certificates, read by OCR into the same layout readers as printed text.

export const scanReader: CertificateReader = {
  name: "scan",
  read: readScan,
};
