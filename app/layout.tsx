import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Coverdesk",
  description: "Certificates of insurance, read in under a second.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
