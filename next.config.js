/** @type {import('next').NextConfig} */
const nextConfig = {
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
