import { PDFDocument } from "pdf-lib";
import type { CertificateDescription } from "../../description";
import type { Rng } from "../../print-random";
import type { Edition } from "../blanks";
import type { Geometry } from "../page/geometry";
import { forRealForm, upperCased } from "../prepare";
import { DocFonts } from "../print/fonts";
import { printCertificatePage } from "./print-page";
import { randomStyle, type ReprintStyle } from "./style";
import type { Trap, TrapKind } from "./traps";

// A one-page reprinted certificate: the description made to fit the real form, one agency style drawn from the seed,
// printed on a fresh document. Returns the description the page shows, for the truth.

export type Reprint = { bytes: Uint8Array; desc: CertificateDescription; style: ReprintStyle; traps: Trap[] };

export type ReprintOptions = { edition: Edition; geometry: Geometry; traps?: TrapKind[]; /** Drawn from the seed when absent. */ style?: ReprintStyle };

export async function reprintCertificate(source: CertificateDescription, { edition, geometry, traps = [], style }: ReprintOptions, rng: Rng): Promise<Reprint> {
  style ??= randomStyle(rng);
  let desc = forRealForm(source, edition);
  if (style.upper) desc = upperCased(desc);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DocFonts.load(doc);
  const printed = await printCertificatePage(doc, fonts, desc, { edition, style, geometry, traps }, rng);
  return { bytes: await doc.save(), desc: printed.desc, style, traps: printed.traps };
}
