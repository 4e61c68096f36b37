import { PDFDocument } from "pdf-lib";
import type { CertificateDescription } from "../../description";
import type { DocFonts } from "../print/fonts";

// An endorsement page, as HawkSoft and others attach after the certificate (one real sample had twelve). It is not
// part of the certificate: its policy number and wording must not be read as the certificate's values.

const PARAGRAPHS = [
  "This endorsement modifies insurance provided under the following: COMMERCIAL GENERAL LIABILITY COVERAGE PART.",
  "Section II – Who Is An Insured is amended to include as an additional insured any person or organization for whom you are performing operations when you and such person or organization have agreed in writing in a contract or agreement that such person or organization be added as an additional insured on your policy.",
  "Such person or organization is an additional insured only with respect to liability for bodily injury, property damage or personal and advertising injury caused, in whole or in part, by your acts or omissions.",
  "With respect to the insurance afforded to these additional insureds, the most we will pay on behalf of the additional insured is the amount of insurance required by the contract, not to exceed the Limits of Insurance shown in the Declarations.",
];

export function addEndorsementPage(doc: PDFDocument, fonts: DocFonts, desc: CertificateDescription, formNumber: string) {
  const page = doc.addPage([612, 792]);
  const bold = fonts.font("Times-Bold");
  const plain = fonts.font("Times-Roman");
  const policy = desc.coverages.commercial_general_liability?.policy_number_string ?? "BLANKET";
  page.drawText(`POLICY NUMBER: ${policy}`, { x: 54, y: 740, size: 9, font: bold });
  page.drawText("COMMERCIAL GENERAL LIABILITY", { x: 400, y: 740, size: 9, font: bold });
  page.drawText(formNumber, { x: 480, y: 728, size: 9, font: bold });
  page.drawText("THIS ENDORSEMENT CHANGES THE POLICY. PLEASE READ IT CAREFULLY.", { x: 120, y: 700, size: 10, font: bold });
  page.drawText("ADDITIONAL INSURED – OWNERS, LESSEES OR CONTRACTORS – AUTOMATIC STATUS", { x: 80, y: 676, size: 11, font: bold });
  let y = 640;
  for (const paragraph of PARAGRAPHS) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const next = line ? `${line} ${word}` : word;
      if (line && plain.widthOfTextAtSize(next, 10) > 504) {
        page.drawText(line, { x: 54, y, size: 10, font: plain });
        y -= 13;
        line = word;
      } else line = next;
    }
    page.drawText(line, { x: 54, y, size: 10, font: plain });
    y -= 22;
  }
  page.drawText(`${formNumber}    © Insurance Services Office, Inc., 2012    Page 1 of 1`, { x: 150, y: 36, size: 8, font: plain });
  return page;
}
