import { readFile } from "node:fs/promises";
import path from "node:path";
import type { JudgedTruth } from "../../lib/coi/generator/compare-judged";
import { openPdf } from "../../lib/coi/pdf/open-pdf";
import { REAL_CERTIFICATES, sharedFile } from "../../lib/coi/shared-data";

// The real certificates of ../shared/certificates/real with their truth (truth.json: one entry per file, `file`
// without its extension). Whether a file has a text layer decides which target it is held to: a scan is reported
// but OCR is not held to the text-layer bar.

export type RealCertificate = { file: string; bytes: Uint8Array; truth: JudgedTruth; textLayer: boolean };

/** A page with fewer printed characters than this is a scan (or outlined text) as far as reading goes. */
const TEXT_LAYER_CHARS = 200;

async function hasTextLayer(bytes: Uint8Array): Promise<boolean> {
  const pdf = await openPdf(bytes);
  try {
    const content = await (await pdf.getPage(1)).getTextContent();
    const chars = content.items.reduce((n, i) => n + ("str" in i ? i.str.replace(/\s/g, "").length : 0), 0);
    return chars >= TEXT_LAYER_CHARS;
  } finally {
    await pdf.destroy();
  }
}

export async function loadRealCertificates(only?: string[]): Promise<RealCertificate[]> {
  const dir = sharedFile(REAL_CERTIFICATES);
  const truthFile = dir && sharedFile(path.join(REAL_CERTIFICATES, "truth.json"));
  if (!dir || !truthFile) return [];
  const entries = JSON.parse(await readFile(truthFile, "utf8")) as JudgedTruth[];
  const out: RealCertificate[] = [];
  for (const truth of entries) {
    const file = String(truth.file);
    if (only && !only.includes(file)) continue;
    const bytes = new Uint8Array(await readFile(path.join(dir, `${file}.pdf`)));
    out.push({ file, bytes, truth, textLayer: await hasTextLayer(bytes) });
  }
  const unknown = (only ?? []).filter((f) => !out.some((c) => c.file === f));
  if (unknown.length) throw new Error(`--file ${unknown.join(", ")}: not in ${truthFile}`);
  return out;
}
