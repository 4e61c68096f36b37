import { concatTransformationMatrix, degrees, PDFArray, PDFName, PDFObject, PDFOperator, PDFPage, PDFRef, popGraphicsState, pushGraphicsState } from "pdf-lib";
import type { Frame } from "./geometry";

// A reprinted page's content: the blank's own streams kept as they are, isolated in q/Q (their graphics state must not
// leak into the values), then the values, all inside the frame's transform, and the page boxes and /Rotate set.

export function composePage(page: PDFPage, frame: Frame, values: (m: Frame["matrix"]) => PDFOperator[]) {
  const { context } = page.doc;
  const contents = page.node.Contents();
  const original = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const stream = (ops: PDFOperator[]) => context.register(context.contentStream(ops));
  const open = stream([pushGraphicsState(), concatTransformationMatrix(...frame.matrix), pushGraphicsState()]);
  const refs: PDFRef[] = [open, ...original.map((r: PDFObject) => (r instanceof PDFRef ? r : context.register(r)))];
  if (frame.valuesCarryMatrix) {
    refs.push(stream([popGraphicsState(), popGraphicsState(), ...values(frame.matrix)]));
  } else {
    refs.push(stream([popGraphicsState(), ...values([1, 0, 0, 1, 0, 0]), popGraphicsState()]));
  }
  page.node.set(PDFName.of("Contents"), context.obj(refs));
  const [mx1, my1, mx2, my2] = frame.mediaBox;
  const [cx1, cy1, cx2, cy2] = frame.cropBox;
  page.setMediaBox(mx1, my1, mx2 - mx1, my2 - my1);
  page.setCropBox(cx1, cy1, cx2 - cx1, cy2 - cy1);
  page.setRotation(degrees(frame.rotate));
}
