import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../generator/print-random";
import { references, type RefRule, type Reference } from "../form/reference";
import { fitRules, fitScore, type PageLines } from "./rule-fit";

// The fit on its own, from lines as a scan's rule finder would give them: the form's rules printed at another scale
// and place, some lost to a faint scan, each a little off, among strokes of text. Scan-level tests (scan.test.ts)
// cover the whole path; these pin the fit's promises: where it puts the form, which edition, and "not a form".

type Print = { scale: number; dx: number; dy: number };

function printed(ref: Reference, print: Print, seed: number, lost = 0.15): PageLines {
  const rnd = mulberry32(seed);
  const jitter = () => (rnd() - 0.5) * 1.2;
  const place = (rules: RefRule[], across: "x" | "y") =>
    rules
      .filter(() => rnd() > lost) // a faint scan loses some
      .map((r) => {
        const off = across === "y" ? print.dy : print.dx;
        const along = across === "y" ? print.dx : print.dy;
        return { at: print.scale * r.at + off + jitter(), from: print.scale * r.from + along + jitter(), to: print.scale * r.to + along + jitter() };
      });
  const strokes = (n: number): RefRule[] =>
    Array.from({ length: n }, () => {
      const at = 40 + rnd() * 700;
      const from = 30 + rnd() * 500;
      return { at, from, to: from + 20 + rnd() * 10 }; // a letter's stroke just long enough to pass for a rule
    });
  return { horizontal: [...place(ref.rules.horizontal, "y"), ...strokes(40)], vertical: [...place(ref.rules.vertical, "x"), ...strokes(20)] };
}

/** A table that is not the ACORD 25: evenly spaced rows and columns across the page. */
function table(): PageLines {
  const horizontal = Array.from({ length: 30 }, (_, i) => ({ at: 80 + i * 22, from: 40, to: 570 }));
  const vertical = Array.from({ length: 6 }, (_, i) => ({ at: 40 + i * 106, from: 80, to: 718 }));
  return { horizontal, vertical };
}

const editions = references();

describe("fitRules", () => {
  for (const ref of editions) {
    it(`puts the ${ref.edition} where it was printed: shrunk, shifted, lines lost and off by a point`, () => {
      const print = { scale: 0.94, dx: 14, dy: -9 };
      const fit = fitRules(ref, printed(ref, print, 7));
      expect(fit).not.toBeNull();
      expect(fit!.coverage).toBeGreaterThan(0.7);
      for (const slot of ref.slots.filter((_, i) => i % 7 === 0)) {
        const c: [number, number] = [(slot.rect.x0 + slot.rect.x1) / 2, (slot.rect.y0 + slot.rect.y1) / 2];
        const [x, y] = fit!.map.toPage(c);
        expect(Math.abs(x - (print.scale * c[0] + print.dx)), slot.name).toBeLessThan(1.5);
        expect(Math.abs(y - (print.scale * c[1] + print.dy)), slot.name).toBeLessThan(1.5);
      }
    });

    it(`tells the ${ref.edition} from the other editions by how much of each drawing is there`, () => {
      const lines = printed(ref, { scale: 1.02, dx: -6, dy: 4 }, 11);
      const scores = editions.map((r) => ({ edition: r.edition, score: fitRules(r, lines) })).map((f) => ({ ...f, score: f.score ? fitScore(f.score) : 0 }));
      const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
      expect(best.edition).toBe(ref.edition);
    });
  }

  it("finds no form in a plain table, or in a page of text strokes", () => {
    for (const ref of editions) {
      expect(fitRules(ref, table()), ref.edition).toBeNull();
      const strokesOnly = printed(ref, { scale: 1, dx: 0, dy: 0 }, 3);
      const text: PageLines = { horizontal: strokesOnly.horizontal.filter((l) => l.to - l.from < 31), vertical: strokesOnly.vertical.filter((l) => l.to - l.from < 31) };
      expect(fitRules(ref, text), ref.edition).toBeNull();
    }
  });

  it("takes a page for the form only when most of the form's drawing is there", () => {
    for (const ref of editions) {
      expect(fitRules(ref, printed(ref, { scale: 1, dx: 0, dy: 0 }, 5, 0.3)), ref.edition).not.toBeNull();
      expect(fitRules(ref, printed(ref, { scale: 1, dx: 0, dy: 0 }, 5, 0.75)), ref.edition).toBeNull();
    }
  });
});
