import { PDFDocument } from "pdf-lib";
import type { CertificateDescription } from "../description";
import { pick, type Rng } from "../print-random";
import type { Edition } from "./blanks";
import type { PageKind } from "./corpus";
import { addEndorsementPage } from "./pages/endorsement-page";
import { addRemarksPage } from "./pages/remarks-page";
import { forRealForm, upperCased } from "./prepare";
import { randomRealCertificate } from "./random-real";
import { DocFonts } from "./print/fonts";
import { printCertificatePage } from "./reprint/print-page";
import { randomStyle, type ReprintStyle } from "./reprint/style";

// Several certificates in one PDF, as agencies send them: page 1 the certificate; page 2 its additional remarks
// schedule (the description continued) or an endorsement; pages 3+ other certificates or endorsements. Only pages
// 1–2 count, so the truth is page 1's certificate with page 2's remarks when page 2 continues them.

const NEUTRAL_CONTINUATIONS = [
  "Location: all job sites of the named insured.\nVehicles: all owned, hired and non-owned autos.",
  "Project: tenant improvements, 2nd floor.\nJob number 24-118.",
];
const ENDORSEMENT_FORMS = ["CG 20 33 04 13", "CG 20 10 04 13", "CG 24 04 05 09", "CA 20 48 10 13"];

export type MultiDocument = { bytes: Uint8Array; desc: CertificateDescription; style: ReprintStyle; edition: Edition; pages: PageKind[] };

export async function multiCertificateDocument(source: CertificateDescription, rng: Rng, now: Date): Promise<MultiDocument> {
  const edition: Edition = rng() < 0.75 ? "2016/03" : "2025/12";
  const style = randomStyle(rng);
  const remarksPage = rng() < 0.6;
  let desc = forRealForm(source, edition, { remarksPage });
  if (remarksPage && !desc.description_of_operations.continuation) {
    desc.description_of_operations.continuation = pick(rng, NEUTRAL_CONTINUATIONS);
  }
  if (style.upper) desc = upperCased(desc);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DocFonts.load(doc);
  const printed = await printCertificatePage(doc, fonts, desc, { edition, style, geometry: { kind: "letter" } }, rng);
  const pages: PageKind[] = ["certificate"];
  if (remarksPage) {
    addRemarksPage(doc, fonts, printed.desc, style.font, Math.min(9, Math.max(7, style.size)));
    pages.push("remarks");
  } else {
    addEndorsementPage(doc, fonts, printed.desc, pick(rng, ENDORSEMENT_FORMS));
    pages.push("endorsement");
  }
  const more = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < more; i++) {
    if (rng() < 0.6) {
      const other = forRealForm(randomRealCertificate(rng, now), edition);
      await printCertificatePage(doc, fonts, other, { edition, style: randomStyle(rng), geometry: { kind: "letter" } }, rng);
      pages.push("other-certificate");
    } else {
      addEndorsementPage(doc, fonts, printed.desc, pick(rng, ENDORSEMENT_FORMS));
      pages.push("endorsement");
    }
  }
  return { bytes: await doc.save(), desc: printed.desc, style, edition, pages };
}
