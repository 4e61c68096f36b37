import { PDFDocument } from "pdf-lib";
import { readCertificate } from "../coi/read-certificate";

/**
 * pdf.js loads its worker module on the first document (≈ 0.8 s). Paying that at start keeps the first real
 * certificate as fast as the rest. The blank page is expected to be refused as unreadable.
 */
export async function warmUpReader(): Promise<void> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await readCertificate(await doc.save()).catch(() => undefined);
}
