import { PDFDocument, PDFFont, PDFHexString, PDFName, PDFPage, StandardFonts } from "pdf-lib";

// The fonts agency systems print values in: the standard 14 (no embedding needed, every viewer and pdfjs has their
// metrics), including ZapfDingbats for LiveCycle-style check marks. Embedded once per document, registered in each
// page's resources under its own name.

export const VALUE_FONTS = ["Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier", "Courier-Bold"] as const;
export type ValueFont = (typeof VALUE_FONTS)[number];
export type FontKey = ValueFont | "Times-Italic" | "ZapfDingbats";

const STANDARD: Record<FontKey, StandardFonts> = {
  Helvetica: StandardFonts.Helvetica,
  "Helvetica-Bold": StandardFonts.HelveticaBold,
  "Times-Roman": StandardFonts.TimesRoman,
  "Times-Bold": StandardFonts.TimesRomanBold,
  "Times-Italic": StandardFonts.TimesRomanItalic,
  Courier: StandardFonts.Courier,
  "Courier-Bold": StandardFonts.CourierBold,
  ZapfDingbats: StandardFonts.ZapfDingbats,
};

export class DocFonts {
  private readonly fonts = new Map<FontKey, PDFFont>();
  private readonly names = new Map<PDFPage, Map<FontKey, PDFName>>();

  private constructor(private readonly doc: PDFDocument) {}

  /** pdf-lib embeds asynchronously; everything after is synchronous, so layout can measure as it goes. */
  static async load(doc: PDFDocument): Promise<DocFonts> {
    const fonts = new DocFonts(doc);
    for (const key of Object.keys(STANDARD) as FontKey[]) fonts.fonts.set(key, await doc.embedFont(STANDARD[key]));
    return fonts;
  }

  /** For drawing with pdf-lib's own drawText (pages that are not the form: remarks schedules, endorsements). */
  font(key: FontKey): PDFFont {
    return this.fonts.get(key)!;
  }

  width(key: FontKey, text: string, size: number): number {
    return this.font(key).widthOfTextAtSize(text, size);
  }

  encode(key: FontKey, text: string): PDFHexString {
    return this.font(key).encodeText(text);
  }

  /** The font's resource name on `page`, adding it to the page's /Font dictionary the first time. */
  nameOn(page: PDFPage, key: FontKey): PDFName {
    let names = this.names.get(page);
    if (!names) {
      names = new Map();
      this.names.set(page, names);
    }
    let name = names.get(key);
    if (!name) {
      name = page.node.newFontDictionary(key.replace(/[^A-Za-z]/g, ""), this.font(key).ref);
      names.set(key, name);
    }
    return name;
  }
}
