// The dashboard's Content Security Policy. Scripts run only with this response's nonce ('strict-dynamic' lets
// them load Next's chunks and react-pdf's worker from our origin); there is no 'unsafe-eval' anywhere.
// Styles keep 'unsafe-inline': React writes `style` attributes into the server-rendered HTML (the PDF viewer's
// highlight boxes, pdf.js's page layers), and attributes cannot carry a nonce. A style cannot run code.
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    // pdf.js paints to canvas and may hand fonts and images over as data: or blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable per response, as a nonce must be. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
