// Why a certificate could not be read. These end up on the certificate as `error: {code, message}`, so messages
// are written for the person who uploaded the file. None of them is retryable: the same bytes fail the same way.

export type CertificateReadErrorCode =
  | "invalid_pdf"
  | "encrypted_pdf"
  | "no_pages"
  | "unreadable_certificate"
  | "not_a_certificate"
  // Set by the isolated reader (`isolated/reader-pool.ts`) when a document exhausts the time or memory it is given.
  | "reader_timeout"
  | "reader_out_of_memory";

export class CertificateReadError extends Error {
  readonly code: CertificateReadErrorCode;
  readonly retryable = false;

  constructor(code: CertificateReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CertificateReadError";
    this.code = code;
  }

  toJSON(): { code: CertificateReadErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isCertificateReadError(error: unknown): error is CertificateReadError {
  return error instanceof CertificateReadError;
}
