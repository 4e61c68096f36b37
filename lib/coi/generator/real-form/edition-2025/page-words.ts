import { openPdf } from "../../../pdf/open-pdf";

// The printed labels of a blank page with their positions, as pdfjs reads them: where the 2025/12 print says
// "EACH OCCURRENCE", "INSURER A :" or "POLICY NUMBER" is where its values go.

export type Word = { text: string; x: number; y: number; width: number; size: number };

export async function pageWords(bytes: Uint8Array, pageNumber = 1): Promise<Word[]> {
  const pdf = await openPdf(bytes);
  try {
    const content = await (await pdf.getPage(pageNumber)).getTextContent();
    const words: Word[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [a, b, , , e, f] = item.transform as number[];
      words.push({ text: item.str.trim(), x: e, y: f, width: item.width, size: Math.hypot(a, b) });
    }
    return words;
  } finally {
    await pdf.destroy();
  }
}

/** The words equal to `text` (case and spacing as printed), top of the page first. */
export function findWords(words: Word[], text: string): Word[] {
  return words.filter((w) => w.text === text).sort((a, b) => b.y - a.y || a.x - b.x);
}

/** The one word equal to `text`, optionally the nth from the top; a missing label is a changed blank: fail loudly. */
export function word(words: Word[], text: string, nth = 0): Word {
  const found = findWords(words, text)[nth];
  if (!found) throw new Error(`2025/12 blank: label "${text}"${nth ? ` #${nth + 1}` : ""} not found`);
  return found;
}

/** A word starting with `prefix` whose baseline lies within [y1, y2]. */
export function wordIn(words: Word[], prefix: string, y1: number, y2: number): Word {
  const found = words.filter((w) => w.text.startsWith(prefix) && w.y >= y1 && w.y <= y2).sort((a, b) => b.y - a.y)[0];
  if (!found) throw new Error(`2025/12 blank: label "${prefix}…" not found between y ${y1.toFixed(1)} and ${y2.toFixed(1)}`);
  return found;
}

/** Where each word is printed: from its baseline up by its size. */
export const wordBoxes = (words: Word[]) => words.map((w) => ({ x: w.x, y: w.y, width: w.width, height: w.size }));
