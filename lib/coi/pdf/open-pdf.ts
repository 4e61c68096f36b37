import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { CertificateReadError } from "../errors";

// Opening a PDF with pdfjs on the server, turning its failures into errors a person can act on.

let fontDir: string | undefined;

/** pdfjs reads the standard 14 fonts' metrics from disk in Node; it wants a directory path ending in a slash. */
function standardFontDataUrl(): string {
  if (fontDir) return fontDir;
  try {
    const pkg = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");
    fontDir = path.join(path.dirname(pkg), "standard_fonts") + path.sep;
  } catch {
    // Bundlers can hide import.meta.url's real location; the project root's node_modules is the next best place.
    fontDir = path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts") + path.sep;
  }
  return fontDir;
}

export type OpenOptions = {
  /**
   * Whether pages will be drawn to pixels. Drawing in Node needs pdf.js to turn every glyph into a path (there is no
   * FontFace here), which costs a third of a read; reading text and positions does not, so it is off by default.
   */
  render?: boolean;
};

export async function openPdf(bytes: Uint8Array, options: OpenOptions = {}): Promise<PDFDocumentProxy> {
  if (bytes.byteLength === 0) {
    throw new CertificateReadError("invalid_pdf", "The file is empty, so there is no certificate to read.");
  }
  const task = getDocument({
    // pdfjs transfers (detaches) the buffer it is given; the caller may still need theirs.
    data: bytes.slice(),
    // The 14 standard fonts' glyph outlines matter only for drawing: their widths are built into pdf.js, and parsing
    // the font files again for every document was three quarters of a read (39 ms of 50 on a printed certificate).
    ...(options.render ? { standardFontDataUrl: standardFontDataUrl() } : {}),
    isEvalSupported: false,
    disableFontFace: options.render === true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
    // An empty user password is tried first, so owner-password-only PDFs open like any other.
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw toReadError(error);
  }
}

function toReadError(error: unknown): CertificateReadError {
  const name = (error as { name?: string } | null)?.name;
  if (name === "PasswordException") {
    return new CertificateReadError(
      "encrypted_pdf",
      "The PDF is protected by a password that is needed to open it. Upload a copy without an open password.",
      { cause: error },
    );
  }
  return new CertificateReadError(
    "invalid_pdf",
    "The file could not be opened as a PDF: it is damaged or not a PDF. Upload the certificate as a valid PDF file.",
    { cause: error },
  );
}
