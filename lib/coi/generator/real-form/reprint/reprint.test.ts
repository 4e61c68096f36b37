import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { formatAmount, formatDate } from "../../description";
import { expectedParsed } from "../../expected";
import { mulberry32 } from "../../print-random";
import { REAL_CORPUS_NOW } from "../corpus";
import { formValues } from "../form-values";
import { randomRealCertificate } from "../random-real";
import { BLANKS_MISSING, pageContent, seenText, squash, squashedText } from "../test-support";
import { reprintCertificate, type ReprintOptions } from "./reprint";
import { WORD_LIMIT_FIELDS } from "./roles";
import type { ReprintStyle } from "./style";
import { PLAIN_STYLE } from "./testing-style";

// Reprints onto the real 2016/03 blank: each variation is what it says, checked on the PDF a reader gets.

async function reprint(seed: number, style: Partial<ReprintStyle> = {}, options: Partial<ReprintOptions> = {}) {
  const rng = mulberry32(seed);
  const source = randomRealCertificate(rng, REAL_CORPUS_NOW);
  const r = await reprintCertificate(source, { edition: "2016/03", geometry: { kind: "letter" }, ...options, style: { ...PLAIN_STYLE, ...style } }, rng);
  return { ...r, source, truth: expectedParsed(r.desc) };
}

/** The first seed whose certificate has general liability with a policy number and an each-occurrence limit. */
function seedWithGl(from = 1): number {
  for (let seed = from; ; seed++) {
    const gl = randomRealCertificate(mulberry32(seed), REAL_CORPUS_NOW).coverages.commercial_general_liability;
    if (gl?.policy_number_string && gl.limits.each_occurrence_dollars && gl.policy_effective_date) return seed;
  }
}

describe.skipIf(BLANKS_MISSING !== null)("reprints on the real 2016/03 blank", () => {
  it("keep the blank's drawing but no form: no AcroForm, no annotations; every value is page text", async () => {
    for (const seed of [11, 12, 13]) {
      const { bytes, desc } = await reprint(seed, { font: "Times-Roman", size: 7 });
      const doc = await PDFDocument.load(bytes);
      expect(doc.catalog.get(PDFName.of("AcroForm"))).toBeUndefined();
      expect(doc.getPage(0).node.Annots()?.size() ?? 0).toBe(0);
      const text = await squashedText(bytes);
      expect(text).toContain(squash("CERTIFICATE OF LIABILITY INSURANCE"));
      for (const [field, value] of formValues(desc)) {
        if (typeof value === "string" && field !== "Form_EditionIdentifier_A") expect(text, field).toContain(squash(value));
      }
    }
  });

  it("worded limits: the word is printed and the truth is null there, not an amount", async () => {
    const { bytes, source, truth } = await reprint(seedWithGl(), { wordLimits: 1 });
    const text = await squashedText(bytes);
    let worded = 0;
    for (const [, coverage, limit] of WORD_LIMIT_FIELDS) {
      if (!source.coverages[coverage] || !truth.coverages[coverage]) continue;
      expect((truth.coverages[coverage]!.limits as Record<string, number | null>)[limit], limit).toBeNull();
      worded++;
    }
    expect(worded).toBeGreaterThan(0);
    expect(/Included|INCLUDED|N\/A|SEEATTACHED|Excluded/.test(text)).toBe(true);
  });

  it("first-line rows: the policy number sits on the EACH OCCURRENCE line; in the middle it does not", async () => {
    const seed = seedWithGl();
    const yOf = async (rowLine: ReprintStyle["rowLine"]) => {
      const { bytes, desc } = await reprint(seed, { rowLine, dollar: "joined" });
      const gl = desc.coverages.commercial_general_liability!;
      const { items } = await seenText(bytes);
      const policy = items.find((i) => i.str === gl.policy_number_string)!;
      const amount = items.find((i) => squash(i.str) === squash(formatAmount(gl.limits.each_occurrence_dollars!, desc.format.amount)))!;
      return policy.y - amount.y;
    };
    expect(Math.abs(await yOf("first"))).toBeLessThan(0.5);
    expect(Math.abs(await yOf("middle"))).toBeGreaterThan(20);
  });

  it("dates as one run crossing both boxes; `$` apart from the amount", async () => {
    const seed = seedWithGl();
    const { bytes, desc } = await reprint(seed, { datesOneRun: true, dollar: "apart" });
    const gl = desc.coverages.commercial_general_liability!;
    const { items } = await seenText(bytes);
    const run = `${formatDate(gl.policy_effective_date!, desc.format.date)} ${formatDate(gl.policy_expiration_date!, desc.format.date)}`;
    expect(items.map((i) => i.str)).toContain(run);
    if (formatAmount(1, desc.format.amount).startsWith("$")) expect(items.filter((i) => i.str === "$").length).toBeGreaterThan(items.length / 100);
  });

  it("glyphs cut one per text object: one Tj per glyph, each positioned, and the text still reads whole", async () => {
    const singleGlyphShows = (content: string) => content.match(/BT[^]*?<[0-9A-F]{2}> Tj\s+ET/g)?.length ?? 0;
    const cut = await reprint(21, { cut: "glyph-objects", cutShare: 1 });
    const plain = await reprint(21);
    const glyphs = [...formValues(cut.desc).values()].filter((v) => typeof v === "string").join("").replace(/\s/g, "").length;
    expect(singleGlyphShows(await pageContent(cut.bytes))).toBeGreaterThanOrEqual(glyphs);
    expect(singleGlyphShows(await pageContent(plain.bytes))).toBeLessThan(glyphs / 4);
    expect(await squashedText(cut.bytes)).toContain(squash(cut.desc.insured.name!));
  });

  it("check marks as LiveCycle prints them: ZapfDingbats ✔ (code '4') in the check boxes", async () => {
    const { bytes } = await reprint(22, { check: "zapf-check" });
    const doc = await PDFDocument.load(bytes);
    const fonts = doc.getPage(0).node.Resources()!.lookup(PDFName.of("Font"))!.toString();
    expect(fonts).toMatch(/ZapfDingbats/);
    const { items } = await seenText(bytes);
    expect(items.filter((i) => i.str === "✔" || i.str === "4").length).toBeGreaterThan(0);
  });

  it("capitals: names printed upper case, and the truth says what is printed", async () => {
    const { bytes, truth, source } = await reprint(23, { upper: true });
    expect(truth.insured.name).toBe(source.insured.name!.toUpperCase());
    expect(truth.certificate_holder.name).toBe(source.certificate_holder.name!.toUpperCase());
    expect(await squashedText(bytes)).toContain(squash(truth.insured.name!));
  });

  it("wrapped names: a name without a second address line takes two lines, the street moves down one", async () => {
    let seed = 30;
    while (randomRealCertificate(mulberry32(seed), REAL_CORPUS_NOW).insured.address.line2 !== null) seed++;
    const { bytes, desc } = await reprint(seed, { wrapNames: true });
    const { items } = await seenText(bytes);
    const words = desc.insured.name!.split(" ");
    const first = items.find((i) => i.str === words[0] || i.str.startsWith(`${words[0]} `))!;
    const street = items.find((i) => i.str === desc.insured.address.line1)!;
    // The 2016/03 form's lines are 12 pt apart: name, name, street.
    expect(street.y - first.y).toBeGreaterThan(20);
    expect(street.y - first.y).toBeLessThan(28);
  });

  it("the same seed prints the same bytes", async () => {
    const [a, b] = [await reprint(40, { cut: "kerned", cutShare: 1 }), await reprint(40, { cut: "kerned", cutShare: 1 })];
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
