import { accuracy, confidentMisreads, type Tally } from "./accuracy-tally";
import { CONFIDENT } from "./accuracy-targets";
import { pct } from "./stats";

// The scan bench's table and summary. Each file is one row: its read (time, fields, misread limits, error) beside
// the whole-page OCR of its page 1; the summary holds the figures to issue #11's targets.

/** Issue #11: a one-page scan read in p95 ≤ 4 s on 2 cores, two pages in ≤ 6 s (every one of them). */
const ONE_PAGE_P95_MS = 4000;
const TWO_PAGE_MAX_MS = 6000;
/** Fields right on generated scans of the real form, and on the real scans of ../shared. */
const GENERATED_TARGET = 97;
const REAL_TARGET = 90;

export type ScanRow = {
  /** One file's read: its time (ms), fields and misread limits. */
  tally: Tally;
  real: boolean;
  /** Pages a read covers: 1 or 2. */
  pages: number;
  settings: string;
  /** The whole-page OCR of page 1; null when it failed. */
  ocrMs: number | null;
};

const secs = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : `${(ms / 1000).toFixed(2)} s`);
const right = (t: { ok: number; fields: number }) => `${t.ok}/${t.fields} ${accuracy(t).toFixed(1)}%`;

export function scanTableHeader() {
  console.log(`  ${"file".padEnd(20)} pp ${"read".padStart(8)} ${"p.1 OCR".padStart(8)} ${"read/OCR".padStart(8)}  ${"right".padEnd(15)} limits misread (≥${CONFIDENT})  scan`);
}

export function printScanRow({ tally: t, pages, settings, ocrMs }: ScanRow) {
  const ratio = ocrMs ? `${(t.ms / ocrMs).toFixed(2)}×` : "—";
  const misread = `${t.misreads.length} (${confidentMisreads(t)})`;
  console.log(`  ${t.name.padEnd(20)} ${String(pages).padStart(2)} ${secs(t.ms).padStart(8)} ${secs(ocrMs).padStart(8)} ${ratio.padStart(8)}  ${right(t).padEnd(15)} ${misread.padEnd(20)} ${settings}`);
  for (const m of t.misreads) {
    const flag = m.confidence >= CONFIDENT ? "  ← presented as certain" : "";
    console.log(`      limit misread ${m.path}: read ${JSON.stringify(m.read)}, want ${JSON.stringify(m.want)} (confidence ${m.confidence.toFixed(2)})${flag}`);
  }
  for (const e of t.errors) console.log(`      error ${e}`);
  // `npm run bench -- scan --verbose`: every wrong field too, to see which boxes a reader change moved.
  if (process.argv.includes("--verbose")) for (const w of t.wrong) console.log(`      wrong ${w.path}: read ${JSON.stringify(w.read)}, want ${JSON.stringify(w.want)}`);
}

function line(label: string, figure: string, target?: string, met?: boolean) {
  const verdict = target === undefined ? "" : `target ${target.padEnd(10)} ${met === undefined ? "no files" : met ? "met" : "NOT MET"}`;
  console.log(`  ${label.padEnd(36)} ${figure.padEnd(40)} ${verdict}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const sum = (rows: ScanRow[]) =>
  rows.reduce((a, r) => ({ ok: a.ok + r.tally.ok, fields: a.fields + r.tally.fields, errors: a.errors + r.tally.errors.length }), { ok: 0, fields: 0, errors: 0 });

function accuracyLine(label: string, rows: ScanRow[], target: number) {
  const s = sum(rows);
  const figure = rows.length ? `${right(s)}  (${plural(rows.length, "file")}, ${plural(s.errors, "error")})` : "none";
  line(label, figure, `≥ ${target}%`, rows.length ? accuracy(s) >= target : undefined);
}

export function printScanSummary(rows: ScanRow[]) {
  const times = (pages: number) => rows.filter((r) => r.pages === pages).map((r) => r.tally.ms);
  const one = times(1);
  const two = times(2);
  const ocr = rows.flatMap((r) => (r.ocrMs === null ? [] : [r.ocrMs]));
  const confident = rows.reduce((n, r) => n + confidentMisreads(r.tally), 0);
  const misread = rows.reduce((n, r) => n + r.tally.misreads.length, 0);
  console.log("\n  Summary (reads of generated and real scans together, by pages read)");
  line("one-page read", one.length ? `p50 ${secs(pct(one, 50))}  p95 ${secs(pct(one, 95))}  (${one.length} reads)` : "none",
    `p95 ≤ ${ONE_PAGE_P95_MS / 1000} s`, one.length ? pct(one, 95) <= ONE_PAGE_P95_MS : undefined);
  line("two-page read", two.length ? `p95 ${secs(pct(two, 95))}  max ${secs(Math.max(...two))}  (${two.length} reads)` : "none",
    `max ≤ ${TWO_PAGE_MAX_MS / 1000} s`, two.length ? Math.max(...two) <= TWO_PAGE_MAX_MS : undefined);
  line("whole-page OCR of page 1, 300 dpi", ocr.length ? `p50 ${secs(pct(ocr, 50))}  p95 ${secs(pct(ocr, 95))}  (${ocr.length} pages)` : "none");
  accuracyLine("fields right, generated scans", rows.filter((r) => !r.real), GENERATED_TARGET);
  accuracyLine("fields right, real scans", rows.filter((r) => r.real), REAL_TARGET);
  line(`limits misread at confidence ≥ ${CONFIDENT}`, `${confident}  (${misread} misread at any confidence)`, "0", confident === 0);
}
