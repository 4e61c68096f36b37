import { generateCertificatePdf } from "../generator";
import { mulberry32, type Rng } from "../generator/print-random";
import { randomCertificate } from "../generator/random";
import { concatBytes } from "./pdf-writer";

// Damage done to real certificates from our generator: what a bad download, a broken mailer or a hostile editor
// leaves behind. Each mutation returns new bytes and leaves its input alone.

const NOW = new Date("2025-06-15T12:00:00Z");
const bases = new Map<number, Promise<Uint8Array>>();

/** One of a few generated certificates (fillable or flattened), built once per process. */
export function baseCertificate(index: number): Promise<Uint8Array> {
  const key = index % 4;
  let base = bases.get(key);
  if (!base) {
    base = generateCertificatePdf(randomCertificate(mulberry32(1000 + key), NOW), { mode: key % 2 ? "flattened" : "fillable" });
    bases.set(key, base);
  }
  return base;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const asText = (b: Uint8Array) => new TextDecoder("latin1").decode(b);

export const MUTATIONS = {
  /** Cut anywhere (never before the %PDF header the upload check requires). */
  truncate: (pdf, rng) => pdf.slice(0, 8 + Math.floor(rng() * (pdf.length - 8))),
  flipBytes: (pdf, rng) => {
    const out = pdf.slice();
    const flips = 1 + Math.floor(rng() * 64);
    for (let i = 0; i < flips; i++) out[8 + Math.floor(rng() * (out.length - 8))] ^= 1 << Math.floor(rng() * 8);
    return out;
  },
  overwriteRun: (pdf, rng) => {
    const out = pdf.slice();
    const at = 8 + Math.floor(rng() * (out.length - 8));
    const len = Math.min(out.length - at, 1 + Math.floor(rng() * 4096));
    for (let i = 0; i < len; i++) out[at + i] = Math.floor(rng() * 256);
    return out;
  },
  breakXref: (pdf, rng) => {
    const s = asText(pdf);
    const variants = [
      () => s.replace(/startxref\s+\d+/, `startxref\n${Math.floor(rng() * 1e12)}`),
      () => s.replace(/\d{10} \d{5} n/g, () => `${String(Math.floor(rng() * 1e10)).padStart(10, "0")} 00000 n`),
      () => s.replace(/trailer[\s\S]*$/, ""),
      () => s.replace(/\/Root \d+ 0 R/g, "/Root 99999 0 R"),
      () => s.replace(/\/Size \d+/g, "/Size -1"),
    ];
    return latin1(variants[Math.floor(rng() * variants.length)]());
  },
  /** An incremental update that points the catalog at JavaScript actions. */
  appendJavaScript: (pdf) =>
    concatBytes([pdf, latin1("\n9990 0 obj\n<< /S /JavaScript /JS (app.launchURL('http://evil.test'); while(1){}) >>\nendobj\n")]),
  /** Same byte count, structure shifted: every offset in the xref is now wrong. */
  shiftBody: (pdf, rng) => {
    const at = 9 + Math.floor(rng() * 64);
    return concatBytes([pdf.slice(0, at), latin1(" ".repeat(1 + Math.floor(rng() * 100))), pdf.slice(at)]);
  },
  duplicate: (pdf) => concatBytes([pdf, pdf]),
} satisfies Record<string, (pdf: Uint8Array, rng: Rng) => Uint8Array>;

export type MutationKind = keyof typeof MUTATIONS;
