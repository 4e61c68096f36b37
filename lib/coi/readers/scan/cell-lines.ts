import { enlargeBox } from "../../ocr/resample";
import { LINE_MODE, recognizeWords, WORDS_LINE_MODE, type OcrWord } from "../../ocr/tesseract";
import { paperLevel, type PixelBox } from "../../ocr/grey";
import { toPgm, type Grey } from "../../pdf/render-page";
import type { ItemWithConfidence } from "../../pdf/text-runs";
import type { PageMap } from "../form/fit";
import { suspectSymbols, withEnglishSymbols } from "./ocr-symbols";
import { EDGE_NEIGHBOURS, erasedBesideKept, placedBox } from "./erased-ink";
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
  /** The same with its rules left: a line whose letters lost strokes with a rule is read again from it. */
  ruled: Grey;
  /** `contained`: a box of handwriting, where only typed text inside it is read. */
  /** `words`: a cell of names, addresses or remarks, read with the model that has accented letters. */
  cells: { box: RefBox; contained?: boolean; words?: boolean; amount?: boolean }[];
  /** The form's captions: phrases wholly inside one are not read. */
  captions: RefBox[];
  /** The form's vertical rules (x0 = x1): a phrase does not run on across one where it has a gap. */
  walls: RefBox[];
};

/** Tesseract is this sure of a word it read well (0.93–0.96 on a clean line). */
const SURE_WORD = 0.92;
/** How much surer (mean word confidence) the reading with the rules must be to be kept. */
const BETTER = 0.005;

async function readCrop(grey: Grey, box: PixelBox, scale: number, words: boolean | undefined): Promise<OcrWord[]> {
  // One resolution for every line (the enlarged lines are about 300 dpi): a worker keeps its settings between lines.
  const pgm = toPgm(enlargeBox(grey, box, scale, PAD));
  const read = await recognizeWords(pgm, 300, words ? WORDS_LINE_MODE : LINE_MODE);
  return words && suspectSymbols(read) ? withEnglishSymbols(read, await recognizeWords(pgm, 300, LINE_MODE)) : read;
}

/** Tesseract's confidence in a line, its words weighted by their length; nothing read is no confidence. */
function meanConfidence(words: OcrWord[]): number {
  const chars = words.reduce((n, w) => n + w.text.length, 0);
  return chars ? words.reduce((n, w) => n + w.confidence * w.text.length, 0) / chars : 0;
}

/** Reads every phrase of ink in the cells (reference boxes), placed by the map. */
export async function readCellLines(image: CellImage, map: PageMap, plan: CellPlan): Promise<ItemWithConfidence[]> {
  const k = image.dpi / 72;
  const toPixels = (b: RefBox): PixelBox => placedBox(map, b, k, image.height);
  const dark = Math.min(170, paperLevel(image.grey) - 55);
  const cells = plan.cells.map((c) => ({ box: toPixels(c.box), contained: c.contained, words: c.words, amount: c.amount }));
  const walls = plan.walls.map(toPixels).map((w) => ({ ...w, x1: w.x0 + 1 }));
  const phrases = findPhrases(plan.clean, cells, plan.captions.map(toPixels), walls, dark, k);
  const read = await Promise.all(phrases.map((p) => readLine(image, plan, p, k, dark)));
  return read.flat();
}

async function readLine(image: CellImage, plan: CellPlan, line: Phrase, k: number, dark: number): Promise<ItemWithConfidence[]> {
  // A little of the page around the ink, so that the letters' edges are not cut.
  const margin = Math.round(0.6 * k);
  const box = { x0: line.x0 - margin, y0: line.y0 - margin, x1: line.x1 + margin, y1: line.y1 + margin };
  const scale = Math.max(1, Math.min(MAX_ENLARGE, LINE_PIXELS / (line.y1 - line.y0)));
  let words = await readCrop(plan.clean, box, scale, line.words);
  // Letters printed on a rule lose the strokes the rule's erasing took ("KESTREL" → "KESTREI.", "2024" → "202«"):
  // such a line, when tesseract doubted a word of it, is read again with the rule in it, and the reading tesseract
  // is surer of is kept. Not a limit: there a rule kept beside "1,000,000" may be read as a digit.
  if (!line.amount && words.some((w) => w.confidence < SURE_WORD) && erasedBesideKept(plan.ruled, plan.clean, box, dark, EDGE_NEIGHBOURS, "erased")) {
    const ruled = await readCrop(plan.ruled, box, scale, line.words);
    if (meanConfidence(ruled) > meanConfidence(words) + BETTER) words = ruled;
  }
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
