import { PDFDocument } from "pdf-lib";
import { expectedParsed } from "../expected";
import type { CertificateDescription } from "../description";
import { mulberry32 } from "../print-random";
import { scanPdf } from "../scan";
import { fillRealForm } from "./fill";
import { addRemarksPage } from "./pages/remarks-page";
import { forRealForm } from "./prepare";
import { DocFonts } from "./print/fonts";
import { printCertificatePage } from "./reprint/print-page";
import { PLAIN_STYLE } from "./reprint/testing-style";
import type { ParsedCertificate } from "../../parsed-certificate";

// One known certificate (a description, usually the sample) on the real 2016/03 blank, in a chosen shape: what
// end-to-end tests upload and what a person makes by hand with `gen-cert --form real --sample`.

export const SAMPLE_SHAPES = ["fillable", "flattened", "encrypted", "a4", "remarks", "scan"] as const;
export type SampleShape = (typeof SAMPLE_SHAPES)[number];

export async function realSamplePdf(source: CertificateDescription, shape: SampleShape): Promise<{ bytes: Uint8Array; truth: ParsedCertificate }> {
  const rng = mulberry32(7);
  switch (shape) {
    case "fillable":
    case "flattened":
    case "encrypted": {
      const desc = forRealForm(source, "2016/03");
      return { bytes: await fillRealForm(desc, shape, 7), truth: expectedParsed(desc) };
    }
    case "scan": {
      const desc = forRealForm(source, "2016/03");
      const flat = await fillRealForm(desc, "flattened", 7);
      return { bytes: await scanPdf(flat, { dpi: 200, rotation: 0.6, blur: 0.5, noise: 20, seed: 7 }), truth: expectedParsed(desc) };
    }
    case "a4":
    case "remarks": {
      const desc = forRealForm(source, "2016/03", { remarksPage: shape === "remarks" });
      const doc = await PDFDocument.create({ updateMetadata: false });
      const fonts = await DocFonts.load(doc);
      const geometry = shape === "a4" ? ({ kind: "a4" } as const) : ({ kind: "letter" } as const);
      const printed = await printCertificatePage(doc, fonts, desc, { edition: "2016/03", style: PLAIN_STYLE, geometry }, rng);
      if (shape === "remarks") addRemarksPage(doc, fonts, printed.desc, PLAIN_STYLE.font, 8);
      return { bytes: await doc.save(), truth: expectedParsed(printed.desc) };
    }
  }
}
