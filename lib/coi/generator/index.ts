// Test-certificate generator: ACORD 25-like PDFs (fillable or flattened) from a description, and the truth JSON a
// reader should return for them.
export { generateCertificatePdf, certificateLayout, type GenerateOptions } from "./generate";
export { sampleCertificate, daysFrom, type SampleOverrides } from "./sample";
export { expectedParsed } from "./expected";
export {
  DEFAULT_FORMAT,
  formatAmount,
  formatDate,
  type AmountFormat,
  type CertificateDescription,
  type CertificateFormat,
  type DateFormat,
} from "./description";
