import {
  beginText, concatTransformationMatrix, endText, fill, moveText, PDFArray, PDFNumber, PDFOperator, PDFOperatorNames, PDFPage,
  popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor, setFontAndSize, setTextMatrix, setTextRenderingMode,
  showText, TextRenderingMode,
} from "pdf-lib";
import type { DocFonts } from "./fonts";
import type { Mark, TextMark } from "./marks";

// Marks → content-stream operators, written by hand where pdf-lib's drawText cannot say it: render mode 3, one text
// object per glyph, TJ kerning, and a text matrix that carries the page's rotation (some programs rotate each run
// instead of the whole page).

/** [a b c d e f]: the blank's coordinates → the page's. */
export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const r2 = (n: number) => Math.round(n * 100) / 100;
const at = (m: Matrix, x: number, y: number): [number, number] => [r2(m[0] * x + m[2] * y + m[4]), r2(m[1] * x + m[3] * y + m[5])];

function textOps(mark: TextMark, page: PDFPage, fonts: DocFonts, m: Matrix, rng: () => number): PDFOperator[] {
  const name = fonts.nameOn(page, mark.font);
  const setup = [
    setFontAndSize(name, mark.size),
    // The render mode outlives the text object: set it every time, or one invisible mark hides all that follow.
    setTextRenderingMode(mark.paint === "invisible" ? TextRenderingMode.Invisible : TextRenderingMode.Fill),
    setFillingGrayscaleColor(mark.paint === "white" ? 1 : 0),
  ];
  const matrixAt = (x: number) => setTextMatrix(m[0], m[1], m[2], m[3], ...at(m, x, mark.y));
  const glyphs = [...mark.text];
  switch (mark.cut) {
    case "run":
      return [beginText(), ...setup, matrixAt(mark.x), showText(fonts.encode(mark.font, mark.text)), endText()];
    case "glyph-objects": {
      let x = mark.x;
      return glyphs.flatMap((g) => {
        const ops = [beginText(), ...setup, matrixAt(x), showText(fonts.encode(mark.font, g)), endText()];
        x += fonts.width(mark.font, g, mark.size);
        return ops;
      });
    }
    case "glyph-moves": {
      // Td moves from the start of the current line, in unscaled text space: each glyph's advance, in points.
      const ops: PDFOperator[] = [beginText(), ...setup, matrixAt(mark.x)];
      glyphs.forEach((g, i) => {
        if (i > 0) ops.push(moveText(r2(fonts.width(mark.font, glyphs[i - 1], mark.size)), 0));
        ops.push(showText(fonts.encode(mark.font, g)));
      });
      return [...ops, endText()];
    }
    case "kerned": {
      // Pieces of 1–3 glyphs with adjustments of a few thousandths of an em: invisible to a person.
      const parts: (PDFNumber | ReturnType<DocFonts["encode"]>)[] = [];
      for (let i = 0; i < glyphs.length; ) {
        const n = 1 + Math.floor(rng() * 3);
        if (parts.length) parts.push(PDFNumber.of(Math.round(rng() * 16 - 8)));
        parts.push(fonts.encode(mark.font, glyphs.slice(i, i + n).join("")));
        i += n;
      }
      const array = page.doc.context.obj(parts) as PDFArray;
      return [beginText(), ...setup, matrixAt(mark.x), PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]), endText()];
    }
  }
}

export function renderMarks(marks: Mark[], page: PDFPage, fonts: DocFonts, m: Matrix, rng: () => number): PDFOperator[] {
  return marks.flatMap((mark) => {
    if (mark.kind === "text") return textOps(mark, page, fonts, m, rng);
    const { x, y, width, height } = mark.rect;
    return [pushGraphicsState(), concatTransformationMatrix(...m), setFillingGrayscaleColor(1), rectangle(r2(x), r2(y), r2(width), r2(height)), fill(), popGraphicsState()];
  });
}
