import { SIGNATURE_IMAGE_FIELD } from "../../acord25/field-names";
import type { FieldValues } from "../../acord25/field-values";
import { looksLikeCertificate } from "../../acord25/markers";
import { fieldsToParsed } from "../../acord25/to-parsed";
import type { CertificateShape, ReadResult } from "../../parsed-certificate";
import type { Box as ImageBox } from "../../pdf/matrix";
import type { ItemWithConfidence } from "../../pdf/text-runs";
import type { AdjustFields } from "../../acord25/field-values";
import { textLines } from "./lines";
import { LineWalk } from "./walk";
import type { SignatureArea } from "./signature";

// Certificates in a carrier's or platform's own layout: sections found by their headings ("GENERAL LIABILITY",
// "Certificate Holder:"), values by the label printed before or above them ("Each Occurrence: $1,000,000",
// "Policy Period: 01/05/2025 - 01/05/2026"), and coverage tables by their header row, in any order. Values go to
// the ACORD field they mean, so the mapping, sources and confidence bookkeeping are the same as for the form.

export { LABEL_CONFIDENCE } from "./collector";

/** Fewer labelled values than this is not a layout this reader understands. */
const MIN_RECOGNISED = 4;

export type LabelFields = { fields: FieldValues; signatureArea: SignatureArea | null };

/** The ACORD field values the page's labels give, or null when the page is not a certificate read this way. */
export function readLabelFields(pages: ItemWithConfidence[][]): LabelFields | null {
  const lines = textLines(pages);
  const text = lines.map((l) => l.map((r) => r.text).join(" ")).join("\n");
  if (!looksLikeCertificate(text)) return null;
  const walk = new LineWalk(lines);
  walk.run();
  if (walk.recognised < MIN_RECOGNISED || walk.a.present().length === 0) return null;
  return { fields: walk.a.c.fields, signatureArea: walk.signatureArea };
}

export function readLabelLayout(pages: ItemWithConfidence[][], shape: CertificateShape, adjust?: AdjustFields): ReadResult | null {
  const read = readLabelFields(pages);
  return read ? toResult(read.fields, shape, adjust) : null;
}

export function toResult(fields: FieldValues, shape: CertificateShape, adjust?: AdjustFields): ReadResult {
  adjust?.(fields);
  const { parsed, sources, confidence } = fieldsToParsed(fields);
  return { shape, parsed, sources, confidence };
}

/** A signature drawn as an image over (or just beside) the signature line, when no name was typed there. */
export function markDrawnSignature(read: LabelFields, images: ImageBox[], pageSize: [number, number]) {
  const area = read.signatureArea;
  if (!area || read.fields.has("Producer_AuthorizedRepresentative_Signature_A")) return;
  const drawn = images.find((i) => i.x1 > area.x0 && i.x0 < area.x1 && i.y1 > area.y0 && i.y0 < area.y1 && i.x1 - i.x0 < 0.6 * pageSize[0]);
  if (!drawn) return;
  const box: [number, number, number, number] = [drawn.x0, drawn.y0, drawn.x1 - drawn.x0, drawn.y1 - drawn.y0];
  read.fields.set(SIGNATURE_IMAGE_FIELD, { value: true, source: { page: area.page, box, page_size: pageSize }, confidence: 0.9 });
}
