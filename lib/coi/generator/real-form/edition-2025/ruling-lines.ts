import { decodePDFRawStream, PDFArray, PDFPage, PDFRawStream, PDFRef, PDFStream } from "pdf-lib";

// The straight lines a page draws (its cell borders), in page space. Only what a printed form uses is understood:
// q/Q/cm for the transform, m/l/re for paths, S/s/f/F/f*/B/b for painting; text, images and curves are skipped.
// Filled rectangles count too: some programs draw thin filled boxes instead of stroked lines.

export type Segment = { x1: number; y1: number; x2: number; y2: number };
type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function contentBytes(page: PDFPage): Uint8Array[] {
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return refs.map((r) => {
    const stream = r instanceof PDFRef ? page.doc.context.lookup(r) : r;
    if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
    if (stream instanceof PDFStream) return stream.getContents();
    return new Uint8Array();
  });
}

/** Numbers and operators of a content stream; strings, names, arrays and dictionaries become placeholders. */
function* tokens(text: string): Generator<string> {
  const re = /\((?:\\.|[^\\)])*\)|<<|>>|<[0-9a-fA-F\s]*>|\[|\]|\/[^\s/[\]()<>{}%]*|%[^\r\n]*|[^\s/[\]()<>{}%]+/g;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    if (t.startsWith("%")) continue;
    yield t.startsWith("(") || t.startsWith("<") || t.startsWith("/") || t === "[" || t === "]" || t === ">>" ? "#" : t;
  }
}

export function rulingLines(page: PDFPage): Segment[] {
  const text = contentBytes(page).map((b) => Buffer.from(b).toString("latin1")).join("\n");
  const out: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let path: Segment[] = [];
  let current: [number, number] = [0, 0];
  let operands: number[] = [];
  for (const t of tokens(text)) {
    const n = Number(t);
    if (t !== "#" && Number.isFinite(n)) {
      operands.push(n);
      continue;
    }
    const a = operands;
    operands = [];
    switch (t) {
      case "q": stack.push(ctm); break;
      case "Q": ctm = stack.pop() ?? ctm; break;
      case "cm": if (a.length >= 6) ctm = multiply(a.slice(-6) as Matrix, ctm); break;
      case "m": current = apply(ctm, a[0], a[1]); break;
      case "l": {
        const next = apply(ctm, a[0], a[1]);
        path.push({ x1: current[0], y1: current[1], x2: next[0], y2: next[1] });
        current = next;
        break;
      }
      case "re": {
        const [x, y, w, h] = a;
        const c = [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)];
        for (let i = 0; i < 4; i++) path.push({ x1: c[i][0], y1: c[i][1], x2: c[(i + 1) % 4][0], y2: c[(i + 1) % 4][1] });
        break;
      }
      case "S": case "s": case "f": case "F": case "f*": case "B": case "B*": case "b": case "b*":
        out.push(...path);
        path = [];
        break;
      case "n": path = []; break;
      case "BI": return out; // inline images hold binary data this tokenizer cannot skip; printed forms draw none
    }
  }
  return out;
}
