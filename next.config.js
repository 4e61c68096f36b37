// On every response, pages and API alike. The dashboard's Content-Security-Policy (with its per-request nonce) is set
// by proxy.ts; the API's Cache-Control by its auth wrapper.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // These load native code, workers or WASM at run time and must stay out of the server bundle
  // (bundling pdfjs-dist fails with "Setting up fake worker failed").
  serverExternalPackages: ["pdfjs-dist", "@electric-sql/pglite", "pg-boss", "pg", "busboy", "tesseract.js", "@napi-rs/canvas"],
  poweredByHeader: false,
  // `npm test` runs tsc over the whole project (e2e and scripts included) before anything else; checking again
  // inside every `next build` would only add time to `npm start` on a fresh clone.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

module.exports = nextConfig;
