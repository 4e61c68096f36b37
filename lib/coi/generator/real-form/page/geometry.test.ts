import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../print-random";
import type { Edition } from "../blanks";
import { REAL_CORPUS_NOW } from "../corpus";
import { randomRealCertificate } from "../random-real";
import { reprintCertificate } from "../reprint/reprint";
import { PLAIN_STYLE } from "../reprint/testing-style";
import { BLANKS_MISSING, seenText } from "../test-support";
import { frameFor, type Geometry } from "./geometry";

// However the page is stored — A4, an offset MediaBox, /Rotate 90/180/270 with the drawing turned back by one `cm`
// or by each value's text matrix — a person sees the same upright certificate, every value where it is on a plain
// letter page (scaled, for A4).

async function printed(geometry: Geometry, edition: Edition = "2016/03") {
  const rng = mulberry32(61);
  const r = await reprintCertificate(randomRealCertificate(rng, REAL_CORPUS_NOW), { edition, geometry, style: { ...PLAIN_STYLE, cut: "kerned", cutShare: 0.5 } }, rng);
  return { bytes: r.bytes, seen: await seenText(r.bytes) };
}

const ROTATED: Geometry[] = [90, 180, 270].flatMap((rotate) =>
  (["page-cm", "text-matrix"] as const).map((technique) => ({ kind: "rotated", rotate, technique }) as Geometry));

describe.skipIf(BLANKS_MISSING !== null)("page geometry", () => {
  for (const edition of ["2016/03", "2025/12"] as const) {
    it(`${edition}: rotated and offset pages look exactly like the letter page, upright`, async () => {
      const letter = (await printed({ kind: "letter" }, edition)).seen;
      for (const geometry of [...ROTATED, { kind: "offset", origin: [30, 40], cropInset: 0 } as Geometry]) {
        const { bytes, seen } = await printed(geometry, edition);
        expect(seen.items.length, JSON.stringify(geometry)).toBe(letter.items.length);
        expect([seen.width, seen.height]).toEqual([letter.width, letter.height]);
        seen.items.forEach((item, i) => {
          expect(item.upright, item.str).toBe(true);
          expect(Math.abs(item.x - letter.items[i].x) + Math.abs(item.y - letter.items[i].y), `${item.str} ${JSON.stringify(geometry)}`).toBeLessThan(0.05);
        });
        const page = (await PDFDocument.load(bytes)).getPage(0);
        expect(page.getRotation().angle).toBe(geometry.kind === "rotated" ? geometry.rotate : 0);
        if (geometry.kind === "rotated" && geometry.rotate !== 180) expect(page.getMediaBox().width).toBe(792);
      }
    });
  }

  it("A4: the letter page scaled to fit and centred", async () => {
    const letter = (await printed({ kind: "letter" })).seen;
    const { seen } = await printed({ kind: "a4" });
    const [s, , , , tx, ty] = frameFor({ kind: "a4" }, [612, 792]).matrix;
    expect([seen.width, seen.height]).toEqual([595.28, 841.89]);
    seen.items.forEach((item, i) => {
      expect(Math.abs(item.x - (s * letter.items[i].x + tx)) + Math.abs(item.y - (s * letter.items[i].y + ty))).toBeLessThan(0.05);
    });
  });

  it("MediaBox and CropBox away from the origin", async () => {
    const { bytes } = await printed({ kind: "offset", origin: [30, 40], cropInset: 6 });
    const page = (await PDFDocument.load(bytes)).getPage(0);
    expect(page.getMediaBox()).toEqual({ x: 30, y: 40, width: 612, height: 792 });
    expect(page.getCropBox()).toEqual({ x: 36, y: 46, width: 600, height: 780 });
  });
});
