import { PDFDocument, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { openPdf } from "../pdf/open-pdf";
import { renderPage, toGrey } from "../pdf/render-page";
import { scanPdf, type ScanOptions } from "./scan";

// A turned scan must be turned the way its option says: a page with one black corner is scanned, drawn back as a
// viewer shows it (after /Rotate), and the corner that is black tells which way the content went.

const CORNERS = { "top-left": [0.05, 0.05], "top-right": [0.95, 0.05], "bottom-left": [0.05, 0.95], "bottom-right": [0.95, 0.95] } as const;
type Corner = keyof typeof CORNERS;

async function markedPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawRectangle({ x: 0, y: 792 - 150, width: 150, height: 150, color: rgb(0, 0, 0) });
  return doc.save();
}

/** The page as shown: its size in points, its /Rotate, and which corners are dark. */
async function shown(bytes: Uint8Array): Promise<{ width: number; height: number; rotate: number; dark: Corner[] }> {
  const pdf = await openPdf(bytes, { render: true });
  try {
    const page = await pdf.getPage(1);
    const [x0, y0, x1, y1] = page.view;
    const grey = toGrey((await renderPage(page, 36)).canvas);
    const dark = (Object.keys(CORNERS) as Corner[]).filter((c) => {
      const [fx, fy] = CORNERS[c];
      return grey.data[Math.floor(fy * grey.height) * grey.width + Math.floor(fx * grey.width)] < 100;
    });
    return { width: x1 - x0, height: y1 - y0, rotate: page.rotate, dark };
  } finally {
    await pdf.destroy();
  }
}

const scan = async (opts: ScanOptions) => shown(await scanPdf(await markedPage(), { dpi: 50, ...opts }));

describe("scanPdf turns", () => {
  it("leaves an unturned page upright and portrait", async () => {
    expect(await scan({ rotation: 1 })).toEqual({ width: 612, height: 792, rotate: 0, dark: ["top-left"] });
  });

  it("turns content counter-clockwise, sideways pages landscape with no /Rotate", async () => {
    expect(await scan({ turn: 90 })).toEqual({ width: 792, height: 612, rotate: 0, dark: ["bottom-left"] });
    expect(await scan({ turn: 180 })).toEqual({ width: 612, height: 792, rotate: 0, dark: ["bottom-right"] });
    expect(await scan({ turn: 270, rotation: -1.5 })).toEqual({ width: 792, height: 612, rotate: 0, dark: ["top-right"] });
  });

  it("with pageRotate stores the image sideways on a landscape page whose /Rotate shows it upright", async () => {
    const bytes = await scanPdf(await markedPage(), { dpi: 50, pageRotate: 270 });
    const page = (await PDFDocument.load(bytes)).getPage(0);
    expect(page.getMediaBox()).toMatchObject({ width: 792, height: 612 });
    expect(await shown(bytes)).toEqual({ width: 792, height: 612, rotate: 270, dark: ["top-left"] });
  });

  it("adds pageRotate to turn: stored one way, shown as turned", async () => {
    expect((await scan({ turn: 90, pageRotate: 90 })).dark).toEqual(["bottom-left"]);
  });
});
