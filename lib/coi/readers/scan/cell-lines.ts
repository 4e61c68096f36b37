import { enlargeBox } from "../../ocr/resample";
import { LINE_MODE, recognizeWords, WORDS_LINE_MODE, type OcrWord } from "../../ocr/tesseract";
import { paperLevel, type PixelBox } from "../../ocr/grey";
import { toPgm, type Grey } from "../../pdf/render-page";
import type { ItemWithConfidence } from "../../pdf/text-runs";
import type { PageMap } from "../form/fit";
import { suspectSymbols, withEnglishSymbols } from "./ocr-symbols";
import { correctWords } from "./ocr-words";
import { findPhrases, type Phrase } from "./phrases";

// OCR of a located form where its values are, not of the whole page: the ink in the ruled cells that hold text
// boxes, cut into phrases (phrases.ts; a blank cell costs nothing, a caption is not read), each enlarged and read on
// its own as one line of text, in parallel on the OCR pool. The words come back in the upright page's points, as
// pdf.js gives page text, with tesseract's confidence.

export type CellImage = { grey: Grey; dpi: number; page: number; width: number; height: number };
export type RefBox = { x0: number; y0: number; x1: number; y1: number };

/** Tesseract's line recogniser wants letters about this tall (its network sees lines 36 px high, from a clean bitmap). */
const LINE_PIXELS = 48;
const MAX_ENLARGE = 3;
/** White margin around each line, in enlarged pixels: a line touching its image's edge loses its first letter. */
const PAD = 12;

export type CellPlan = {
  /** The page with its rules and check boxes painted out: what phrases are looked for in. */
  clean: Grey;
  /** `contained`: a box of handwriting, where only typed text inside it is read. */
  /** `words`: a cell of names, addresses or remarks, read with the model that has accented letters. */
  cells: { box: RefBox; contained?: boolean; words?: boolean }[];
  /** The form's captions: phrases wholly inside one are not read. */
  captions: RefBox[];
  /** The form's vertical rules (x0 = x1): a phrase does not run on across one where it has a gap. */
  walls: RefBox[];
};

/** Reads every phrase of ink in the cells (reference boxes), placed by the map. */
export async function readCellLines(image: CellImage, map: PageMap, plan: CellPlan): Promise<ItemWithConfidence[]> {
  const k = image.dpi / 72;
  const toPixels = (b: RefBox): PixelBox => {
    const [x0, y0] = map.toPage([b.x0, b.y0]);
    const [x1, y1] = map.toPage([b.x1, b.y1]);
    return { x0: Math.min(x0, x1) * k, x1: Math.max(x0, x1) * k, y0: (image.height - Math.max(y0, y1)) * k, y1: (image.height - Math.min(y0, y1)) * k };
  };
  const dark = Math.min(170, paperLevel(image.grey) - 55);
  const cells = plan.cells.map((c) => ({ box: toPixels(c.box), contained: c.contained, words: c.words }));
  const walls = plan.walls.map(toPixels).map((w) => ({ ...w, x1: w.x0 + 1 }));
  const phrases = findPhrases(plan.clean, cells, plan.captions.map(toPixels), walls, dark, k);
  const read = await Promise.all(phrases.map((p) => readLine(image, plan.clean, p, k)));
  return read.flat();
}

async function readLine(image: CellImage, clean: Grey, line: Phrase, k: number): Promise<ItemWithConfidence[]> {
  // A little of the page around the ink, so that the letters' edges are not cut.
  const margin = Math.round(0.6 * k);
  const box = { x0: line.x0 - margin, y0: line.y0 - margin, x1: line.x1 + margin, y1: line.y1 + margin };
  const scale = Math.max(1, Math.min(MAX_ENLARGE, LINE_PIXELS / (line.y1 - line.y0)));
  const crop = enlargeBox(clean, box, scale, PAD);
  // One resolution for every line (the enlarged lines are about 300 dpi): a worker keeps its settings between lines.
  const pgm = toPgm(crop);
  let words = await recognizeWords(pgm, 300, line.words ? WORDS_LINE_MODE : LINE_MODE);
  if (line.words && suspectSymbols(words)) words = withEnglishSymbols(words, await recognizeWords(pgm, 300, LINE_MODE));
  const round = (n: number) => Math.round(n * 100) / 100;
  const x = (px: number) => (box.x0 + (px - PAD) / scale) / k;
  const y = (px: number) => image.height - (box.y0 + (px - PAD) / scale) / k;
  return correctWords(words).map((w: OcrWord): ItemWithConfidence => ({
    text: w.text,
    confidence: w.confidence,
    source: {
      page: image.page,
      box: [round(x(w.x0)), round(y(w.baseline)), round(x(w.x1) - x(w.x0)), round(y(w.top) - y(w.baseline))],
      page_size: [round(image.width), round(image.height)],
    },
  }));
}
