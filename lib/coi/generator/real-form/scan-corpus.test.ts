import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { openPdf } from "../../pdf/open-pdf";
import { buildScanCase, scanCases } from "./scan-corpus";
import { BLANKS_MISSING } from "./test-support";

// The scan bench's cases cover what issue #11 names, and a built case is the scan its settings say.

describe("the scan corpus", () => {
  const cases = scanCases();

  it("spans both resolutions, skew within ±2° both ways, blur 0–1 px, JPEG 60–90, every turn and two-page documents", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.scan.dpi))).toEqual(new Set([200, 300]));
    for (const { scan } of cases) {
      expect(Math.abs(scan.rotation)).toBeLessThanOrEqual(2);
      expect(scan.blur).toBeGreaterThanOrEqual(0);
      expect(scan.blur).toBeLessThanOrEqual(1);
      expect(scan.jpegQuality).toBeGreaterThanOrEqual(60);
      expect(scan.jpegQuality).toBeLessThanOrEqual(90);
    }
    expect(cases.some((c) => c.scan.rotation < -1) && cases.some((c) => c.scan.rotation > 1)).toBe(true);
    expect(new Set(cases.flatMap((c) => (c.scan.turn ? [c.scan.turn] : [])))).toEqual(new Set([90, 180, 270]));
    expect(cases.some((c) => c.scan.pageRotate === 270 && c.scan.dpi === 300)).toBe(true);
    expect(cases.filter((c) => c.pages === 2).length).toBe(5);
  });

  it.skipIf(BLANKS_MISSING !== null)("builds a two-page case as two portrait pages without a character of text", async () => {
    const built = await buildScanCase(cases.find((c) => c.id === "scan-multi-001")!);
    const doc = await PDFDocument.load(built.bytes);
    expect(doc.getPages().map((p) => p.getSize())).toEqual([{ width: 612, height: 792 }, { width: 612, height: 792 }]);
    const pdf = await openPdf(built.bytes);
    try {
      for (const n of [1, 2]) expect((await (await pdf.getPage(n)).getTextContent()).items).toEqual([]);
    } finally {
      await pdf.destroy();
    }
  });
});
