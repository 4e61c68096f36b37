import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: "Coverdesk",
  description: "Certificates of insurance, read in under a second.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next can put this response's CSP nonce (proxy.ts) on its scripts; a page
  // prerendered at build time would carry no nonce and its scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
