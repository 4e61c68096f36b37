import type { CertificateDescription } from "./description";
import { generateCertificatePdf } from "./generate";
import { generateOtherLayoutPdf } from "./other-layouts";
import type { PrintOptions } from "./print";
import { mulberry32, pick } from "./print-random";
import { randomCertificate } from "./random";
import { scanPdf, type ScanOptions } from "./scan";

// The accuracy corpus: certificates of every shape the reader must handle, generated from seeds at run time (no
// PDFs in the repository), each with its description, from which expectedParsed gives the truth.

export const CORPUS_SHAPES = {
  fillable: 35,
  flattened: 45,
  "flattened-shifted": 40,
  encrypted: 20,
  remarks: 20,
  "other-letter": 15,
  "other-columns": 15,
  "other-table": 15,
  // OCR takes seconds a page: 20 scans measure it without making the bench minutes longer.
  scan: 20,
} as const;

export type CorpusShape = keyof typeof CORPUS_SHAPES;
export type CorpusEntry = { id: string; shape: CorpusShape; seed: number };
export type BuiltEntry = CorpusEntry & { desc: CertificateDescription; bytes: Uint8Array };

/** Fixed, so figures are comparable from run to run; policy dates are relative to it. */
export const CORPUS_NOW = new Date("2025-06-15T12:00:00Z");

export function corpusEntries(shapes: CorpusShape[] = Object.keys(CORPUS_SHAPES) as CorpusShape[]): CorpusEntry[] {
  return shapes.flatMap((shape, s) =>
    Array.from({ length: CORPUS_SHAPES[shape] }, (_, i) => ({ id: `${shape}-${String(i + 1).padStart(3, "0")}`, shape, seed: 1000 * (s + 1) + i })),
  );
}

function shiftedPrint(rng: () => number, seed: number): PrintOptions {
  const a4 = rng() < 0.4;
  const [width, height] = a4 ? [595.28, 841.89] : [612, 792];
  const scale = a4 ? 0.93 + rng() * 0.04 : 0.9 + rng() * 0.1;
  // The drawing spans x 20–592 and y 120–781: keep all of it on the paper, as a printer would.
  const within = (lo: number, hi: number) => (hi > lo ? lo + rng() * (hi - lo) : (lo + hi) / 2);
  return {
    pageSize: [width, height],
    scale,
    offset: [within(4 - 20 * scale, width - 4 - 592 * scale), within(4 - 120 * scale, height - 4 - 781 * scale)],
    jitter: rng() * 1.5,
    seed,
    valueFont: pick(rng, ["Helvetica", "TimesRoman", "Courier"] as const),
    check: pick(rng, ["X", "x", "check", "heavy-check"] as const),
  };
}

/** A flattened certificate printed, then scanned: 200 or 300 dpi, up to 1° askew, sometimes soft, always noisy. */
function scanOptions(rng: () => number, seed: number): ScanOptions {
  return { dpi: pick(rng, [200, 300]), rotation: (rng() * 2 - 1) * 1, blur: rng() < 0.4 ? 0.6 : 0, noise: 8 + rng() * 24, seed };
}

export async function buildEntry(entry: CorpusEntry): Promise<BuiltEntry> {
  const rng = mulberry32(entry.seed);
  const desc = randomCertificate(rng, CORPUS_NOW);
  let bytes: Uint8Array;
  switch (entry.shape) {
    case "fillable":
      bytes = await generateCertificatePdf(desc, { mode: "fillable" });
      break;
    case "flattened":
      bytes = await generateCertificatePdf(desc, { mode: "flattened" });
      break;
    case "flattened-shifted":
      desc.signature_image = rng() < 0.3;
      bytes = await generateCertificatePdf(desc, { mode: "flattened", print: shiftedPrint(rng, entry.seed) });
      break;
    case "encrypted":
      bytes = await generateCertificatePdf(desc, { mode: rng() < 0.5 ? "fillable" : "flattened", encrypt: { ownerPassword: `owner-${entry.seed}` } });
      break;
    case "remarks": {
      if (!desc.description_of_operations.continuation) {
        desc.description_of_operations.continuation = "Location: all job sites of the named insured.\nVehicles: all owned autos.";
      }
      bytes = await generateCertificatePdf(desc, { mode: rng() < 0.5 ? "fillable" : "flattened" });
      break;
    }
    case "other-letter":
    case "other-columns":
    case "other-table":
      bytes = await generateOtherLayoutPdf(desc, entry.shape === "other-letter" ? "letter" : entry.shape === "other-columns" ? "columns" : "table");
      break;
    case "scan": {
      const print: PrintOptions = { valueFont: pick(rng, ["Helvetica", "TimesRoman", "Courier"] as const), check: pick(rng, ["X", "check"] as const), seed: entry.seed };
      bytes = await scanPdf(await generateCertificatePdf(desc, { mode: "flattened", print }), scanOptions(rng, entry.seed));
      break;
    }
  }
  return { ...entry, desc, bytes };
}
