import { expectedParsed } from "../expected";
import { mulberry32, pick, type Rng } from "../print-random";
import type { Edition } from "./blanks";
import { REAL_CORPUS_NOW, type BuiltReal, type RealEntry } from "./corpus";
import { fillRealForm } from "./fill";
import { multiCertificateDocument } from "./multi";
import type { Geometry } from "./page/geometry";
import { forRealForm } from "./prepare";
import { randomRealCertificate } from "./random-real";
import { reprintCertificate } from "./reprint/reprint";
import type { TrapKind } from "./reprint/traps";

// One corpus entry built from its seed: the certificate's values, the way this shape prints them, and the truth
// from the description as printed. The same seed always gives the same bytes and the same truth.

const TRAP_KINDS: TrapKind[] = ["invisible", "white", "covered", "outside-crop"];

function printedGeometry(rng: Rng): Geometry {
  const r = rng();
  if (r < 0.7) return { kind: "letter" };
  if (r < 0.85) return { kind: "a4" };
  // Mostly the [30 40 642 832] seen in the wild, sometimes elsewhere; a CropBox a few points inside.
  const origin: [number, number] = rng() < 0.5 ? [30, 40] : [Math.round(5 + rng() * 40), Math.round(5 + rng() * 50)];
  return { kind: "offset", origin, cropInset: pick(rng, [0, 3, 6]) };
}

export async function buildRealEntry(entry: RealEntry): Promise<BuiltReal> {
  const rng = mulberry32(entry.seed);
  const source = randomRealCertificate(rng, REAL_CORPUS_NOW);
  const done = (bytes: Uint8Array, desc: BuiltReal["desc"], print: BuiltReal["print"]): BuiltReal =>
    ({ ...entry, bytes, desc, truth: expectedParsed(desc), print });
  const reprinted = async (edition: Edition, geometry: Geometry, traps: TrapKind[] = []) => {
    const r = await reprintCertificate(source, { edition, geometry, traps }, rng);
    return done(r.bytes, r.desc, { edition, mode: "reprinted", style: r.style, geometry, traps: r.traps, pages: ["certificate"] });
  };
  const edition = (): Edition => (rng() < 0.7 ? "2016/03" : "2025/12");

  switch (entry.shape) {
    case "real-fillable":
    case "real-flattened":
    case "real-encrypted": {
      const mode = entry.shape === "real-fillable" ? "fillable" : entry.shape === "real-flattened" ? "flattened" : "encrypted";
      const desc = forRealForm(source, "2016/03");
      return done(await fillRealForm(desc, mode, entry.seed), desc, { edition: "2016/03", mode, pages: ["certificate"] });
    }
    case "real-reprinted":
      return reprinted("2016/03", printedGeometry(rng));
    case "real-2025":
      return reprinted("2025/12", printedGeometry(rng));
    case "real-invisible": {
      const traps = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, TRAP_KINDS));
      const geometry: Geometry = traps.includes("outside-crop") ? { kind: "crop-margin", right: 140, bottom: 40 } : { kind: "letter" };
      return reprinted(edition(), geometry, traps);
    }
    case "real-rotated": {
      const rotate = pick(rng, [90, 180, 270] as const);
      return reprinted(edition(), { kind: "rotated", rotate, technique: pick(rng, ["page-cm", "text-matrix"] as const) });
    }
    case "real-multi": {
      const m = await multiCertificateDocument(source, rng, REAL_CORPUS_NOW);
      return done(m.bytes, m.desc, { edition: m.edition, mode: "reprinted", style: m.style, geometry: { kind: "letter" }, pages: m.pages });
    }
  }
}
