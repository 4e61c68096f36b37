// Scans (issue #11): for each generated scan of the real form and each real scan of ../shared, the time a read
// takes beside the time one whole-page OCR of its page 1 takes with the same engine in the same run, and the fields
// it gets right; then the targets, each marked met or not. Needs ../shared; says so and skips without it.
import { performance } from "node:perf_hooks";
import { compareParsed } from "../../lib/coi/generator/compare";
import { compareJudged } from "../../lib/coi/generator/compare-judged";
import { realBlanksMissing } from "../../lib/coi/generator/real-form/blanks";
import { buildScanCase, scanCases, type ScanCase } from "../../lib/coi/generator/real-form/scan-corpus";
import { recognizeWords, terminateOcr } from "../../lib/coi/ocr/tesseract";
import type { ReadResult } from "../../lib/coi/parsed-certificate";
import { openPdf } from "../../lib/coi/pdf/open-pdf";
import { renderPage, toGrey, toPgm } from "../../lib/coi/pdf/render-page";
import { readCertificate } from "../../lib/coi/read-certificate";
import { REAL_CERTIFICATES, sharedMissing } from "../../lib/coi/shared-data";
import { newTally, record } from "./accuracy-tally";
import { loadRealCertificates } from "./real-certificates";
import { printScanRow, printScanSummary, scanTableHeader, type ScanRow } from "./scan-table";

async function timedRead(bytes: Uint8Array): Promise<{ read: ReadResult | Error; ms: number }> {
  const started = performance.now();
  const read = await readCertificate(bytes).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  return { read, ms: performance.now() - started };
}

/**
 * The reference a read is held against: page 1 drawn at 300 dpi and OCR'd whole (sparse text), timed from drawing
 * to words — what reading would cost if it did nothing but OCR the page once. Also how many pages a read covers.
 */
async function wholePageOcr(bytes: Uint8Array): Promise<{ ms: number | null; pages: number }> {
  const pdf = await openPdf(bytes, { render: true });
  try {
    const started = performance.now();
    const { canvas } = await renderPage(await pdf.getPage(1), 300);
    const ok = await recognizeWords(toPgm(toGrey(canvas)), 300).then(() => true, () => false);
    return { ms: ok ? performance.now() - started : null, pages: Math.min(2, pdf.numPages) };
  } finally {
    await pdf.destroy();
  }
}

const settings = ({ scan: s }: ScanCase) =>
  `${s.dpi} dpi ${s.rotation >= 0 ? "+" : ""}${s.rotation.toFixed(1)}° blur ${s.blur.toFixed(1)} noise ${s.noise} q${s.jpegQuality}` +
  (s.turn ? ` turned ${s.turn}°` : "") + (s.pageRotate ? ` stored /Rotate ${s.pageRotate}` : "");

export default async function benchScan() {
  console.log("\nScans: read time beside one whole-page OCR of page 1 (same engine, same run), and fields right");
  const missing = realBlanksMissing() ?? sharedMissing(REAL_CERTIFICATES);
  if (missing) {
    console.log(`  ${missing}`);
    return;
  }
  const started = performance.now();
  const cases = scanCases();
  try {
    // The OCR worker starts on first use (≈ 1 s) and its first page runs cold: one read, not counted. The reader
    // starts the worker, as it would in the app; the reference OCR then shares it.
    await timedRead((await buildScanCase(cases[0])).bytes);

    const rows: ScanRow[] = [];
    scanTableHeader();
    for (const c of cases) {
      const built = await buildScanCase(c);
      const { read, ms } = await timedRead(built.bytes);
      const reference = await wholePageOcr(built.bytes);
      const tally = newTally(c.id);
      record(tally, c.id, compareParsed(read instanceof Error ? null : read.parsed, built.truth), read, ms);
      rows.push({ tally, real: false, pages: reference.pages, settings: settings(c), ocrMs: reference.ms });
      printScanRow(rows[rows.length - 1]);
    }
    for (const cert of (await loadRealCertificates()).filter((c) => !c.textLayer)) {
      const { read, ms } = await timedRead(cert.bytes);
      const reference = await wholePageOcr(cert.bytes);
      const tally = newTally(cert.file);
      record(tally, cert.file, compareJudged(read instanceof Error ? null : read.parsed, cert.truth), read, ms);
      rows.push({ tally, real: true, pages: reference.pages, settings: "real scan (judged keys of truth.json)", ocrMs: reference.ms });
      printScanRow(rows[rows.length - 1]);
    }
    printScanSummary(rows);
  } finally {
    await terminateOcr();
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s with building the scans and the warm-up)`);
}
