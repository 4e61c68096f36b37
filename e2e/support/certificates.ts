import { PDFDocument } from "pdf-lib";
import { generateCertificatePdf, sampleCertificate, daysFrom, type SampleOverrides } from "../../lib/coi/generator";

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
