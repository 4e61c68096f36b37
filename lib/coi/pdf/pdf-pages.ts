import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { CertificateReadError } from "../errors";
import { openPdf } from "./open-pdf";
import { readPageContent, type PageContent } from "./page-content";
import { runsOfPage } from "./glyph-runs";
import type { FieldSource } from "../parsed-certificate";
import type { Frame } from "./frame";

// The pages a reader may look at (1–2 only, per the contract), with their form widgets and text loaded lazily and
// once, so several readers can try the same document without re-parsing it.

export type Widget = {
  /** pdfjs's field type: "text", "checkbox", "radiobutton", "combobox", "listbox", "signature"… */
  fieldType: string | undefined;
  /** The field name with any `F[0].P1[0].` qualification and `[0]` index stripped. */
  name: string;
  fullName: string;
  value: unknown;
  exportValue: string | null;
  isCheckbox: boolean;
  source: FieldSource;
};

/** `frame`: the page was turned for reading; `source` is in the reading frame (see pdf/frame.ts). */
export type TextItem = { text: string; source: FieldSource; frame?: Frame };

export type PdfPage = { number: number; width: number; height: number; proxy: PDFPageProxy };

export const MAX_PAGES = 2;

export class PdfPages {
  private widgetCache: Promise<Widget[]> | undefined;
  private textCache = new Map<number, Promise<TextItem[]>>();
  private contentCache = new Map<number, Promise<PageContent>>();

  private drawingCopy: Promise<PdfPages> | undefined;

  private constructor(
    private readonly doc: PDFDocumentProxy,
    readonly pages: PdfPage[],
    private readonly bytes?: Uint8Array,
  ) {}

  /** `bytes`: the file itself, kept so that a copy can be opened for drawing pages (see forDrawing). */
  static async load(doc: PDFDocumentProxy, bytes?: Uint8Array): Promise<PdfPages> {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const proxy = await doc.getPage(n).catch(damaged);
      const [x0, y0, x1, y1] = proxy.view;
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, proxy });
    }
    return new PdfPages(doc, pages, bytes);
  }

  /**
   * The same document opened for drawing (glyphs as paths, which reading does without): for OCR of a page whose
   * text a person sees drawn but the text layer does not give (an image behind the text, a broken font encoding).
   */
  forDrawing(): Promise<PdfPages> {
    if (!this.bytes) return Promise.resolve(this);
    const bytes = this.bytes;
    this.drawingCopy ??= openPdf(bytes, { render: true }).then((doc) => PdfPages.load(doc));
    return this.drawingCopy;
  }

  /** Closes the drawing copy, if one was opened; the caller closes the document it opened. */
  async close(): Promise<void> {
    if (this.drawingCopy) await (await this.drawingCopy).doc.destroy();
  }

  /** The form widgets on pages 1–2, in the document's field order. */
  widgets(): Promise<Widget[]> {
    this.widgetCache ??= loadWidgets(this.doc, this.pages).catch(damaged);
    return this.widgetCache;
  }

  text(page: PdfPage): Promise<TextItem[]> {
    let cached = this.textCache.get(page.number);
    if (!cached) this.textCache.set(page.number, (cached = loadText(page).catch(damaged)));
    return cached;
  }

  /** Everything the page paints, glyph by glyph, with what a person can see (see page-content.ts). */
  content(page: PdfPage): Promise<PageContent> {
    let cached = this.contentCache.get(page.number);
    if (!cached) {
      const load = async () => readPageContent(page.proxy, await this.doc.getOptionalContentConfig().catch(() => undefined));
      this.contentCache.set(page.number, (cached = load().catch(damaged)));
    }
    return cached;
  }

  /**
   * The text a person sees on the page, as runs (upright, one baseline each) given as text items: what layout
   * readers other than the form's take. Invisible, white, covered or clipped text is left out.
   */
  async visibleText(page: PdfPage): Promise<TextItem[]> {
    const { runs } = runsOfPage(await this.content(page), page.number);
    return runs.map((r) => ({ text: r.text, source: { page: page.number, box: [r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0], page_size: r.pageSize }, frame: r.frame }));
  }

}

/** pdfjs failing on a page's own structure is a damaged file, not a reason to retry. */
function damaged(error: unknown): never {
  throw new CertificateReadError(
    "invalid_pdf",
    "The PDF is damaged: one of its first two pages could not be read. Upload an undamaged copy of the certificate.",
    { cause: error },
  );
}

/** `F[0].P1[0].Producer_FullName_A[0]` → `Producer_FullName_A`. */
export function bareFieldName(fullName: string): string {
  const last = fullName.split(".").pop() ?? fullName;
  return last.replace(/\[\d+\]$/, "");
}

function sourceOf(page: PdfPage, x0: number, y0: number, x1: number, y1: number): FieldSource {
  const [ox, oy] = page.proxy.view;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    page: page.number,
    box: [round(Math.min(x0, x1) - ox), round(Math.min(y0, y1) - oy), round(Math.abs(x1 - x0)), round(Math.abs(y1 - y0))],
    page_size: [round(page.width), round(page.height)],
  };
}

type RawFieldObject = {
  name?: string;
  type?: string;
  value?: unknown;
  exportValues?: string;
  rect?: number[];
  page?: number;
};

/**
 * Form widgets via getFieldObjects: it reads the AcroForm tree without building each annotation's appearance,
 * several times faster than page.getAnnotations() on a filled ACORD 25 (≈15 ms against ≈60 ms warm).
 */
async function loadWidgets(doc: PDFDocumentProxy, pages: PdfPage[]): Promise<Widget[]> {
  const objects = ((await doc.getFieldObjects()) ?? {}) as Record<string, RawFieldObject[]>;
  const widgets: Widget[] = [];
  for (const [fullName, entries] of Object.entries(objects)) {
    for (const o of entries) {
      // Non-terminal fields (page -1, no rect) only group their kids; pages past the second are not read.
      const page = typeof o.page === "number" ? pages[o.page] : undefined;
      if (!page || !o.rect || o.rect.length !== 4) continue;
      const [x0, y0, x1, y1] = o.rect;
      widgets.push({
        name: bareFieldName(fullName),
        fullName,
        fieldType: o.type,
        value: o.value,
        exportValue: typeof o.exportValues === "string" ? o.exportValues : null,
        isCheckbox: o.type === "checkbox",
        source: sourceOf(page, x0, y0, x1, y1),
      });
    }
  }
  return widgets;
}

async function loadText(page: PdfPage): Promise<TextItem[]> {
  const content = await page.proxy.getTextContent();
  const items: TextItem[] = [];
  for (const item of content.items) {
    // Marked-content entries have no `str`; empty strings carry nothing (and confuse layout code).
    if (!("str" in item) || item.str.trim() === "") continue;
    const [, , , , x, y] = item.transform as number[];
    items.push({ text: item.str, source: sourceOf(page, x, y, x + item.width, y + item.height) });
  }
  return items;
}
