import { PDFDocument } from "pdf-lib";
import type { ParsedCertificate } from "../../parsed-certificate";
import { mulberry32 } from "../print-random";
import { scanPdf, type ScanOptions } from "../scan";
import { buildRealEntry } from "./build";
import { realEntries, type RealEntry, type RealShape } from "./corpus";

// The scan bench's corpus: certificates of the real-form corpus printed, then scanned the ways offices scan them —
// 200 or 300 dpi, a little askew, soft, noisy, JPEG-compressed, some fed sideways or upside down, some with their
// second page. Each case is fixed by its index, so figures compare from run to run; nothing is stored.

export type ScanCase = {
  id: string;
  source: RealEntry;
  /** Pages kept from the source: 2 keeps the certificate's remarks schedule or endorsement behind it. */
  pages: 1 | 2;
  scan: ScanOptions & Required<Pick<ScanOptions, "dpi" | "rotation" | "blur" | "noise" | "jpegQuality" | "seed">>;
};

export type BuiltScanCase = ScanCase & { bytes: Uint8Array; truth: ParsedCertificate };

/** One-page sources: the 2016/03 form printed over (the bulk of real certificates) or flattened, and the 2025/12 one. */
const ONE_PAGE: [RealShape, number][] = [["real-reprinted", 8], ["real-flattened", 6], ["real-2025", 6]];
/** Every third entry of a shape, for its spread of fonts, geometries and values rather than neighbours. */
const STRIDE = 3;
/** real-multi documents whose page 2 continues the remarks (001, 004, 006, 009) or is an endorsement (002). */
const TWO_PAGE = ["real-multi-001", "real-multi-002", "real-multi-004", "real-multi-006", "real-multi-009"];
/**
 * Every fifth one-page case is fed turned: sideways both ways, upside down, and stored sideways under /Rotate 270
 * as the real 300 dpi scan of ../shared is (that one falls on a 300 dpi case).
 */
const TURNS: Pick<ScanOptions, "turn" | "pageRotate">[] = [{ turn: 90 }, { turn: 180 }, { turn: 270 }, { pageRotate: 270 }];

const tenth = (x: number) => Math.round(x * 10) / 10;

function settings(i: number, turned: boolean): ScanCase["scan"] {
  const seed = 90_000 + i;
  const rng = mulberry32(seed);
  return {
    // Both resolutions, each askew both ways, by turns.
    dpi: i % 2 === 0 ? 200 : 300,
    rotation: (Math.floor(i / 2) % 2 === 0 ? -1 : 1) * tenth(rng() * 2),
    blur: tenth(rng()),
    noise: Math.round(4 + rng() * 20),
    jpegQuality: Math.round(60 + rng() * 30),
    seed,
    ...(turned ? TURNS[Math.floor(i / 5) % TURNS.length] : {}),
  };
}

export function scanCases(): ScanCase[] {
  const onePage = ONE_PAGE.flatMap(([shape, n]) => realEntries([shape]).filter((_, i) => i % STRIDE === 0).slice(0, n));
  const all = realEntries(["real-multi"]);
  const twoPage = TWO_PAGE.map((id) => all.find((e) => e.id === id)!);
  return [...onePage.map((source) => ({ source, pages: 1 as const })), ...twoPage.map((source) => ({ source, pages: 2 as const }))].map(
    ({ source, pages }, i) => ({
      id: `scan-${source.id.replace(/^real-/, "")}`,
      source,
      pages,
      scan: settings(i, pages === 1 && i % 5 === 2),
    }),
  );
}

/** The first `n` pages: a multi-certificate document's later pages are other certificates, which no reading counts. */
async function firstPages(bytes: Uint8Array, n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  if (doc.getPageCount() <= n) return bytes;
  while (doc.getPageCount() > n) doc.removePage(n);
  return doc.save();
}

export async function buildScanCase(c: ScanCase): Promise<BuiltScanCase> {
  const built = await buildRealEntry(c.source);
  return { ...c, bytes: await scanPdf(await firstPages(built.bytes, c.pages), c.scan), truth: built.truth };
}
