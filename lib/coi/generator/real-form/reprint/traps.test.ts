import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../print-random";
import { REAL_CORPUS_NOW } from "../corpus";
import type { Geometry } from "../page/geometry";
import { formValues } from "../form-values";
import { randomRealCertificate } from "../random-real";
import { BLANKS_MISSING, pageContent, seenText, squash } from "../test-support";
import { reprintCertificate } from "./reprint";
import { PLAIN_STYLE } from "./testing-style";
import type { TrapKind } from "./traps";

// Invisible-text traps: the decoy really is in the file where a careless reader would take it, a person really
// cannot see it, and the truth keeps the visible value.

/**
 * The first seed from `from` whose trap lands on a printed value (`onValue`) or in an empty box: a trap picks its
 * place from the seed, and each test wants one kind of place.
 */
async function trapped(kind: TrapKind, from: number, geometry: Geometry = { kind: "letter" }, onValue = true) {
  for (let seed = from; ; seed++) {
    const rng = mulberry32(seed);
    const source = randomRealCertificate(rng, REAL_CORPUS_NOW);
    const r = await reprintCertificate(source, { edition: "2016/03", geometry, traps: [kind], style: PLAIN_STYLE }, rng);
    if (formValues(r.desc).has(r.traps[0].field) === onValue) return inspect(r);
  }
}

async function inspect(r: Awaited<ReturnType<typeof reprintCertificate>>) {
  expect(r.traps).toHaveLength(1);
  const content = await pageContent(r.bytes);
  const encoded = (text: string) => Buffer.from(text, "latin1").toString("hex").toUpperCase();
  const decoyAt = content.indexOf(`<${encoded(r.traps[0].decoy)}> Tj`);
  expect(decoyAt).toBeGreaterThan(-1);
  return { ...r, content, decoyAt, encoded };
}

describe.skipIf(BLANKS_MISSING !== null)("invisible-text traps on the real blank", () => {
  it("render mode 3: the decoy is shown with 3 Tr, and pdfjs still extracts it", async () => {
    const { bytes, content, decoyAt, traps } = await trapped("invisible", 51);
    const before = content.slice(content.lastIndexOf("BT", decoyAt), decoyAt);
    expect(before).toMatch(/\b3 Tr\b/);
    expect((await seenText(bytes)).items.map((i) => squash(i.str)).join("")).toContain(squash(traps[0].decoy));
  });

  it("white text: the decoy is painted with a white fill, under the visible value", async () => {
    const { content, decoyAt } = await trapped("white", 52);
    const before = content.slice(content.lastIndexOf("BT", decoyAt), decoyAt);
    expect(before).toMatch(/\b1 g\b/);
    expect(before).toMatch(/\b0 Tr\b/);
  });

  it("covered: stale text, then an opaque white box over it, then the visible value on top", async () => {
    const { content, decoyAt, desc, traps, encoded } = await trapped("covered", 53);
    const coverAt = decoyAt + content.slice(decoyAt).search(/1 g\s+[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ re\s+f/);
    expect(coverAt).toBeGreaterThan(decoyAt);
    const visible = formValues(desc).get(traps[0].field) as string;
    expect(content.indexOf(`<${encoded(visible)}> Tj`, coverAt)).toBeGreaterThan(coverAt);
  });

  it("in an empty limit box: the stale amount is covered, nothing is printed over it, and the truth is null there", async () => {
    const { content, decoyAt, desc, traps } = await trapped("covered", 60, { kind: "letter" }, false);
    expect(content.slice(decoyAt).search(/1 g\s+[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ re\s+f/)).toBeGreaterThan(0);
    expect(formValues(desc).has(traps[0].field)).toBe(false);
    expect(traps[0].field).toMatch(/Amount_[A-C]$/);
  });

  it("outside the crop box: the decoy sits beyond the visible page (inside the MediaBox), on a real value's line", async () => {
    const { bytes, content, decoyAt } = await trapped("outside-crop", 54, { kind: "crop-margin", right: 140, bottom: 40 });
    const page = (await PDFDocument.load(bytes)).getPage(0);
    const [crop, media] = [page.getCropBox(), page.getMediaBox()];
    const [, x, y] = content.slice(content.lastIndexOf("BT", decoyAt), decoyAt).match(/1 0 0 1 ([-\d.]+) ([-\d.]+) Tm/)!.map(Number);
    expect(x).toBeGreaterThan(crop.x + crop.width);
    expect(x).toBeLessThan(media.x + media.width);
    // pdfjs leaves such text out of its text content; readers that walk the content stream do not.
    const lines = content.match(new RegExp(`1 0 0 1 [\\d.]+ ${y} Tm`, "g")) ?? [];
    expect(lines.length).toBeGreaterThan(1);
  });
});
