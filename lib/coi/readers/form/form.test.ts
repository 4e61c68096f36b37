import {
  beginText, endText, moveText, PDFDocument, popGraphicsState, pushGraphicsState, rgb, setFontAndSize, setTextRenderingMode, showText, StandardFonts, TextRenderingMode,
  type PDFFont, type PDFPage,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { evaluateCertificate } from "../../evaluate";
import { expectedParsed } from "../../generator";
import { compareParsed } from "../../generator/compare";
import { blankBytes } from "../../generator/real-form/blanks";
import { buildRealEntry } from "../../generator/real-form/build";
import { realEntries, REAL_SHAPE_NAMES } from "../../generator/real-form/corpus";
import { fillRealForm } from "../../generator/real-form/fill";
import { forRealForm } from "../../generator/real-form/prepare";
import { sampleCertificate } from "../../generator/sample";
import { openPdf } from "../../pdf/open-pdf";
import { PdfPages } from "../../pdf/pdf-pages";
import { CertificateReadError } from "../../errors";
import { readCertificate } from "../../read-certificate";
import { REAL_BLANK_2016, sharedMissing } from "../../shared-data";
import { formPageOf, readAcordForm } from ".";

// The flattened ACORD 25 reader on the real form (../shared; skipped with the reason printed where it is absent):
// certificates filled and printed as agency systems print them, and the traps of what a person cannot see.

const missing = sharedMissing(REAL_BLANK_2016);
if (missing) console.log(`form reader tests ${missing}`);
const NOW = new Date("2025-01-15T12:00:00Z");
const EACH_OCCURRENCE = "coverages.commercial_general_liability.limits.each_occurrence_dollars";

/** The sample certificate on the real 2016/03 blank, flattened by pdf-lib. */
async function flattenedSample(edit?: (d: ReturnType<typeof sampleCertificate>) => void) {
  const desc = forRealForm(sampleCertificate({ now: NOW }), "2016/03");
  edit?.(desc);
  return { desc, bytes: await fillRealForm(desc, "flattened", 1) };
}

/** Draws on page 1 of a PDF: what an agency system's second pass over a printed certificate adds. */
async function drawOnPage(bytes: Uint8Array, draw: (page: PDFPage, font: PDFFont) => void) {
  const doc = await PDFDocument.load(bytes);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  draw(doc.getPage(0), font);
  return doc.save();
}

describe.skipIf(!!missing)("flattened ACORD 25 reader, on the real form", () => {
  it("reads the sample flattened on the real blank exactly, each value with its box and a confidence that passes rules", async () => {
    const { desc, bytes } = await flattenedSample();
    const read = await readCertificate(bytes);
    expect(read.shape).toBe("flattened");
    expect(compareParsed(read.parsed, expectedParsed(desc)).filter((o) => !o.ok)).toEqual([]);
    expect(read.sources[EACH_OCCURRENCE]).toMatchObject({ page: 1, page_size: [612, 792] });
    // The amount sits in the form's EACH OCCURRENCE box (x 526–590, y 480–492 on the blank).
    const [x, y] = read.sources[EACH_OCCURRENCE].box;
    expect(x).toBeGreaterThan(514);
    expect(y).toBeGreaterThan(478);
    expect(y).toBeLessThan(492);
    expect(Math.min(...Object.values(read.confidence))).toBeGreaterThanOrEqual(0.9);
  });

  it("reads two certificates of every shape of the real-form corpus with every field right", async () => {
    for (const shape of REAL_SHAPE_NAMES) {
      for (const entry of realEntries([shape]).slice(0, 2)) {
        const built = await buildRealEntry(entry);
        const read = await readCertificate(built.bytes);
        const wrong = compareParsed(read.parsed, built.truth).filter((o) => !o.ok);
        expect(wrong, entry.id).toEqual([]);
      }
    }
  });

  it("takes only what a person sees: white text, render-mode-3 text and a value whited out and printed over", async () => {
    const { bytes } = await flattenedSample();
    const tampered = await drawOnPage(bytes, (page, font) => {
      // A white 9,999,999 and an invisible one, both inside the GENERAL AGGREGATE box.
      page.drawText("9,999,999", { x: 560, y: 434, size: 6, font, color: rgb(1, 1, 1) });
      page.pushOperators(...invisibleText(page, font, "8,888,888", 540, 434));
      // MED EXP whited out (a stale value under a white box), then a new value printed on top.
      page.drawRectangle({ x: 520, y: 457, width: 70, height: 10, color: rgb(1, 1, 1) });
      page.drawText("7,000", { x: 528, y: 459, size: 7, font });
    });
    const read = await readCertificate(tampered);
    const limits = read.parsed.coverages.commercial_general_liability!.limits;
    expect(limits.general_aggregate_dollars).toBe(2_000_000);
    expect(limits.medical_expense_dollars).toBe(7_000);
    expect(read.confidence["coverages.commercial_general_liability.limits.medical_expense_dollars"]).toBeGreaterThanOrEqual(0.9);
  });

  it("does not trust text printed over other visible text: review, and the reason", async () => {
    const { bytes } = await flattenedSample();
    const over = await drawOnPage(bytes, (page, font) => page.drawText("2,000,000", { x: 528.5, y: 482.5, size: 7, font }));
    const read = await readCertificate(over);
    expect(read.confidence[EACH_OCCURRENCE]).toBeLessThan(0.9);
    expect(read.sources[EACH_OCCURRENCE].note).toContain("it is printed over other text");
    const [outcome] = evaluateCertificate({
      parsed: read.parsed, confidence: read.confidence, sources: read.sources, now: NOW,
      rules: { coverages: { commercial_general_liability: { limits: { each_occurrence_dollars: 1_000_000 } } } },
      contractor: { first_name: null, last_name: null, company_name: "Acme Corporation" },
    });
    expect(outcome.result).toBe("fail");
    expect(outcome.message).toContain("printed over other text");
    expect(outcome.message).toContain("review the certificate manually");
  });

  it("a coverage row with text the reader cannot place is not called missing: its rule asks a person, saying what was printed", async () => {
    const { bytes } = await flattenedSample((d) => void delete d.coverages.commercial_general_liability);
    // Beside GEN'L AGGREGATE LIMIT APPLIES PER:, where the form has no box.
    const odd = await drawOnPage(bytes, (page, font) => page.drawText("CGL 40-1182", { x: 60, y: 428, size: 7, font }));
    const read = await readCertificate(odd);
    expect(read.parsed.coverages.commercial_general_liability).toBeUndefined();
    expect(read.confidence["coverages.commercial_general_liability"]).toBe(0);
    expect(read.sources["coverages.commercial_general_liability"].note).toContain('"CGL 40-1182" is printed in this row');
    const [outcome] = evaluateCertificate({
      parsed: read.parsed, confidence: read.confidence, sources: read.sources, now: NOW,
      rules: { coverages: { commercial_general_liability: { required: true } } },
      contractor: { first_name: null, last_name: null, company_name: "Acme Corporation" },
    });
    expect(outcome).toMatchObject({ rule_path: "coverages.commercial_general_liability", result: "fail" });
    expect(outcome.message).toContain("needs manual review");
    expect(outcome.message).toContain("CGL 40-1182");
    // Without the stray text the row is simply empty: the coverage is missing, as before.
    const plain = await readCertificate(bytes);
    expect(plain.sources["coverages.commercial_general_liability"]).toBeUndefined();
  });

  it("a limit whose caption is missing beside it is not trusted", async () => {
    const { bytes } = await flattenedSample();
    const doc = await openPdf(bytes);
    const pdf = await PdfPages.load(doc);
    const first = formPageOf(await pdf.content(pdf.pages[0]));
    // The first EACH OCCURRENCE (general liability's) left out, as a damaged or odd printing might.
    const at = first.runs.findIndex((r) => r.text === "EACH OCCURRENCE");
    const runs = first.runs.filter((_, i) => i !== at);
    const read = (await readAcordForm({ first: { ...first, runs }, second: async () => undefined, hasFormFields: async () => false, shape: "flattened" }))!;
    await doc.destroy();
    expect(read.parsed.coverages.commercial_general_liability!.limits.each_occurrence_dollars).toBe(1_000_000);
    expect(read.confidence[EACH_OCCURRENCE]).toBeLessThan(0.9);
    expect(read.sources[EACH_OCCURRENCE].note).toContain("EACH OCCURRENCE");
    expect(read.confidence["coverages.commercial_general_liability.limits.general_aggregate_dollars"]).toBeGreaterThanOrEqual(0.9);
  });

  it("follows a section drawn apart from the rest (an agency's own drawing of the form): the grid 4 pt lower, the right half 6 pt over", async () => {
    const drifts: [string, (x: number, y: number) => [number, number]][] = [
      ["grid lower", (x, y) => (y > 228 && y < 505 ? [x, y - 4] : [x, y])],
      ["right half over", (x, y) => (x > 306 ? [x + 6, y] : [x, y])],
      ["page stretched", (x, y) => [x, 396 + (y - 396) * 1.03]],
    ];
    for (const entry of realEntries(["real-reprinted"]).slice(0, 3)) {
      const built = await buildRealEntry(entry);
      const doc = await openPdf(built.bytes);
      const pdf = await PdfPages.load(doc);
      const first = formPageOf(await pdf.content(pdf.pages[0]));
      for (const [name, drift] of drifts) {
        const runs = first.runs.map((r) => {
          const [x0, y0] = drift(r.x0, r.y0);
          const [dx, dy] = [x0 - r.x0, y0 - r.y0];
          return { ...r, x0, y0, x1: r.x1 + dx, y1: r.y1 + dy, xs: r.xs?.map((v) => v + dx) };
        });
        const read = (await readAcordForm({ first: { ...first, runs }, second: async () => undefined, hasFormFields: async () => false, shape: "flattened" }))!;
        expect(compareParsed(read.parsed, built.truth).filter((o) => !o.ok), `${entry.id}, ${name}`).toEqual([]);
      }
      await doc.destroy();
    }
  });

  it("reports the real blank, flattened with nothing in it, as unreadable", async () => {
    const doc = await PDFDocument.load(await blankBytes("2016/03"));
    doc.getForm().flatten();
    const error = await readCertificate(await doc.save()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateReadError);
    expect((error as CertificateReadError).code).toBe("unreadable_certificate");
    expect((error as CertificateReadError).message).toContain("no insured, insurer, policy or limit");
  });

  it("points at values on a page turned by /Rotate in the page as a viewer shows it", async () => {
    const entry = realEntries(["real-rotated"]).find((e) => e.id === "real-rotated-002")!;
    const built = await buildRealEntry(entry);
    const read = await readCertificate(built.bytes);
    const source = read.sources[EACH_OCCURRENCE] ?? read.sources["insured.name"];
    const [x, y, w, h] = source.box;
    const [width, height] = source.page_size;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(width);
    expect(y + h).toBeLessThanOrEqual(height);
  });
});

/** Text in render mode 3: in the content stream, never painted. */
function invisibleText(page: PDFPage, font: PDFFont, text: string, x: number, y: number) {
  const key = page.node.newFontDictionary(font.name, font.ref);
  // q … Q: the render mode is graphics state, and would leave everything drawn after it invisible too.
  return [pushGraphicsState(), beginText(), setFontAndSize(key, 6), setTextRenderingMode(TextRenderingMode.Invisible), moveText(x, y), showText(font.encodeText(text)), endText(), popGraphicsState()];
}
