import type { PageContent } from "../../pdf/page-content";
import type { PdfPage } from "../../pdf/pdf-pages";
import { renderPage, toGrey, type Grey } from "../../pdf/render-page";

// A page to be read by OCR, as pixels: drawn as it is displayed (its /Rotate applied), at the scan's own resolution
// when the page is a scan (more pixels than the scanner took add time, not detail; the boxes read are enlarged for
// OCR anyway), at 300 dpi when it is text drawn as outlines.

export type PageImage = {
  grey: Grey;
  dpi: number;
  page: number;
  /** The page as displayed, in points. */
  width: number;
  height: number;
};

const MAX_DPI = 300;
/** Below this a scan's 6-point print is mush; drawing it finer at least keeps the enlargement smooth. */
const MIN_DPI = 200;

/** `maxDpi`: less for a page read whole (OCR's time grows with its pixels), where no box is enlarged. */
export async function pageImage(page: PdfPage, content: PageContent, maxDpi = MAX_DPI): Promise<PageImage> {
  const dpi = Math.min(maxDpi, readingDpi(content));
  const rendered = await renderPage(page.proxy, dpi);
  return { grey: toGrey(rendered.canvas), dpi, page: page.number, width: (rendered.width * 72) / dpi, height: (rendered.height * 72) / dpi };
}

/** The resolution of the page's largest image, within [MIN_DPI, MAX_DPI]; MAX_DPI without one. */
function readingDpi(content: PageContent): number {
  let best: { area: number; dpi: number } | null = null;
  for (const image of content.images) {
    if (!image.pixels) continue;
    const area = (image.x1 - image.x0) * (image.y1 - image.y0);
    const inches = Math.max(image.x1 - image.x0, image.y1 - image.y0) / 72;
    const dpi = Math.max(...image.pixels) / Math.max(inches, 1e-6);
    if (!best || area > best.area) best = { area, dpi };
  }
  if (!best) return MAX_DPI;
  return Math.round(Math.min(MAX_DPI, Math.max(MIN_DPI, best.dpi)));
}
