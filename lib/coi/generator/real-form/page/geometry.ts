import type { Matrix } from "../print/render";

// How the printed certificate sits on its PDF page. The form is always drawn upright to a person's eye; what varies
// is how the file gets there:
// - `a4`: printed on A4, scaled to fit and centred (as "fit to page" does);
// - `offset`: the MediaBox does not start at the origin (e.g. [30 40 642 832]), with a CropBox a little inside it;
// - `crop-margin`: a MediaBox larger than the CropBox, room for text a viewer never shows;
// - `rotated`: /Rotate 90 or 270 on a landscape MediaBox with the content turned the other way (a landscape-stored
//   page the viewer turns upright), or /Rotate 180 with the content upside down. `page-cm` turns everything with
//   one `cm`; `text-matrix` turns only the blank's drawing that way and writes each value with a rotated text matrix.

export type Geometry =
  | { kind: "letter" }
  | { kind: "a4" }
  | { kind: "offset"; origin: [number, number]; cropInset: number }
  | { kind: "crop-margin"; right: number; bottom: number }
  | { kind: "rotated"; rotate: 90 | 180 | 270; technique: "page-cm" | "text-matrix" };

export type Box = [x1: number, y1: number, x2: number, y2: number];

export type Frame = {
  /** The blank's coordinates → the page's. */
  matrix: Matrix;
  mediaBox: Box;
  cropBox: Box;
  rotate: 0 | 90 | 180 | 270;
  /** Whether the values carry the matrix in their own text matrices instead of inside the page's `cm`. */
  valuesCarryMatrix: boolean;
};

const A4: [number, number] = [595.28, 841.89];

export function frameFor(g: Geometry, [w, h]: [number, number]): Frame {
  const plain = (matrix: Matrix, mediaBox: Box, cropBox = mediaBox): Frame => ({ matrix, mediaBox, cropBox, rotate: 0, valuesCarryMatrix: false });
  switch (g.kind) {
    case "letter":
      return plain([1, 0, 0, 1, 0, 0], [0, 0, w, h]);
    case "a4": {
      const s = Math.min(A4[0] / w, A4[1] / h);
      return plain([s, 0, 0, s, (A4[0] - s * w) / 2, (A4[1] - s * h) / 2], [0, 0, A4[0], A4[1]]);
    }
    case "offset": {
      const [ox, oy] = g.origin;
      const i = g.cropInset;
      return plain([1, 0, 0, 1, ox, oy], [ox, oy, ox + w, oy + h], [ox + i, oy + i, ox + w - i, oy + h - i]);
    }
    case "crop-margin":
      return plain([1, 0, 0, 1, 0, 0], [0, -g.bottom, w + g.right, h], [0, 0, w, h]);
    case "rotated": {
      // The viewer turns the page clockwise by /Rotate; the content is drawn turned counter-clockwise by as much.
      const matrix: Matrix = g.rotate === 90 ? [0, 1, -1, 0, h, 0] : g.rotate === 270 ? [0, -1, 1, 0, 0, w] : [-1, 0, 0, -1, w, h];
      const mediaBox: Box = g.rotate === 180 ? [0, 0, w, h] : [0, 0, h, w];
      return { matrix, mediaBox, cropBox: mediaBox, rotate: g.rotate, valuesCarryMatrix: g.technique === "text-matrix" };
    }
  }
}
