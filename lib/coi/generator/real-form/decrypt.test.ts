import { readFileSync } from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { REAL_BLANK_2025, sharedFile } from "../../shared-data";
import { encryptPdf } from "../encrypt";
import { decryptPdf } from "./decrypt";
import { BLANKS_MISSING, squashedText } from "./test-support";

// Undoing owner-password encryption: the real 2025/12 print (RC4 40-bit, revision 2) and our own encryptPdf output
// (RC4 128-bit, revision 3) both come back readable by pdf-lib, with the same text.

describe("decryptPdf", () => {
  it("round-trips encryptPdf (revision 3): pdf-lib can read the decrypted file's streams again", async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([200, 200]).drawText("Owner password only", { x: 10, y: 100, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    const plain = await doc.save();
    const encrypted = await encryptPdf(plain, { ownerPassword: "secret" });
    await expect(PDFDocument.load(encrypted)).rejects.toThrow(/encrypted/i);
    const decrypted = await decryptPdf(encrypted);
    expect((await PDFDocument.load(decrypted)).isEncrypted).toBe(false);
    expect(await squashedText(decrypted)).toBe("Ownerpasswordonly");
  });

  it("refuses a file that needs a user password to open", async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    const locked = await encryptPdf(await doc.save(), { ownerPassword: "o", userPassword: "u" });
    await expect(decryptPdf(locked)).rejects.toThrow(/user password/);
  });

  it.skipIf(BLANKS_MISSING !== null)("decrypts the real 2025/12 blank (revision 2) to the same page text", async () => {
    const original = new Uint8Array(readFileSync(sharedFile(REAL_BLANK_2025)!));
    expect((await PDFDocument.load(original, { ignoreEncryption: true })).isEncrypted).toBe(true);
    const decrypted = await decryptPdf(original);
    expect((await PDFDocument.load(decrypted)).isEncrypted).toBe(false);
    expect(await squashedText(decrypted)).toBe(await squashedText(original));
  });
});
