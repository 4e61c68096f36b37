import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { generateCertificatePdf, sampleCertificate, daysFrom, type SampleOverrides } from "../../lib/coi/generator";
import { generateOtherLayoutPdf, type OtherLayout } from "../../lib/coi/generator/other-layouts";
import { signaturePng } from "../../lib/coi/generator/print";
import { REAL_BLANK_2016, REAL_BLANK_2025, sharedMissing } from "../../lib/coi/shared-data";

/** A fillable ACORD 25-layout certificate from our generator, with optional edits to the sample. */
export async function fillablePdf(edit?: (desc: ReturnType<typeof sampleCertificate>) => void, overrides: SampleOverrides = {}) {
  const desc = sampleCertificate({ now: new Date(), ...overrides });
  edit?.(desc);
  return generateCertificatePdf(desc, { mode: "fillable" });
}

export async function blankPdf() {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
}

export { daysFrom };

/** The sample in a carrier's own layout (no ACORD grid). */
export async function otherLayoutPdf(layout: OtherLayout) {
  return generateOtherLayoutPdf(sampleCertificate({ now: new Date() }), layout);
}

/** A page that is only an image, as a scanner without OCR produces. */
export async function imageOnlyPdf() {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const image = await doc.embedPng(signaturePng(600, 780));
  page.drawImage(image, { x: 6, y: 6, width: 600, height: 780 });
  return doc.save();
}

/**
 * Scans come from the generator CLI in a child process: rendering uses pdfjs, an ES module that Playwright's
 * CommonJS transform of the test files cannot load.
 */
function genCert(mode: "noise-scan"): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coverdesk-scan-"));
  const out = path.join(dir, `${mode}.pdf`);
  try {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/gen-cert.ts", "--mode", mode, "--out", out], { stdio: "pipe" });
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A blank page scanned with heavy sensor noise: nothing to read. */
export async function noiseScanPdf() {
  return genCert("noise-scan");
}

/** Why certificates on the real ACORD 25 cannot be made here (the blank is test data outside the repository). */
export const REAL_FORM_MISSING = sharedMissing(REAL_BLANK_2016);

/** Why the scan corpus cannot be built here: its cases are printed on both real blanks (2016/03 and 2025/12). */
export const REAL_BLANKS_MISSING = sharedMissing(REAL_BLANK_2016) ?? sharedMissing(REAL_BLANK_2025);

export type RealSampleShape = "fillable" | "flattened" | "encrypted" | "a4" | "remarks" | "scan";

/**
 * The sample certificate on the real 2016/03 blank (gen-cert in a child process: printing and scanning use pdfjs,
 * which Playwright's transform of the test files cannot load).
 */
export function realSamplePdf(shape: RealSampleShape, edit?: (desc: ReturnType<typeof sampleCertificate>) => void): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coverdesk-real-"));
  const out = path.join(dir, `${shape}.pdf`);
  try {
    const args = ["--import", "tsx", "scripts/gen-cert.ts", "--form", "real", "--sample", shape, "--out", out];
    if (edit) {
      const desc = sampleCertificate({ now: new Date() });
      edit(desc);
      writeFileSync(path.join(dir, "desc.json"), JSON.stringify(desc));
      args.push("--json", path.join(dir, "desc.json"));
    }
    execFileSync(process.execPath, args, { stdio: "pipe" });
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One case of the scan bench's corpus (lib/coi/generator/real-form/scan-corpus.ts), by id: `scan-reprinted-013`. */
export function scanCasePdf(id: string): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), "coverdesk-scan-case-"));
  const out = path.join(dir, `${id}.pdf`);
  try {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/gen-cert.ts", "--form", "real", "--scan-case", id, "--out", out], { stdio: "pipe" });
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
