/** @type {import('next').NextConfig} */
const nextConfig = {
  // These load native code, workers or WASM at run time and must stay out of the server bundle
  // (bundling pdfjs-dist fails with "Setting up fake worker failed").
  serverExternalPackages: ["pdfjs-dist", "@electric-sql/pglite", "pg-boss", "pg", "busboy"],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
