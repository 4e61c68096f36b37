import { REMARKS_CONTINUATION_FIELD, SIGNATURE_IMAGE_FIELD } from "../../acord25/field-names";
import type { FieldValue, FieldValues } from "../../acord25/field-values";
import type { ImageBox } from "../../pdf/image-boxes";
import { referenceLayout, type RefPage } from "../../acord25/reference-layout";
import { fieldsToParsed } from "../../acord25/to-parsed";
import type { CertificateShape, ReadResult } from "../../parsed-certificate";
import { CertificateReadError } from "../../errors";
import { mergeRuns, type ItemWithConfidence, type Run } from "../../pdf/text-runs";
import { assignPage, LAYOUT_CONFIDENCE } from "./assign";
import { splitAddresses } from "./addresses";
import { fitSections, matchUniqueLabels, type SectionFits } from "./fit";

// Flattened ACORD 25: the values are plain text at the form's places. Page 1 is matched to the reference drawing
// through its printed labels, then each value goes to the box it sits in. Page 2, when it is an additional remarks
// schedule, continues the description of operations. Used for text PDFs and, with OCR words, for scans.

/** Fewer labels than this and the page is not an ACORD 25 (another layout may still read it). */
const MIN_ANCHORS = 12;

/** Image boxes of page 1, asked for only when the signature box holds no text. */
export type ImagesOfFirstPage = () => Promise<ImageBox[]>;

/** A last say on the values before they are mapped (OCR lowers the confidence of values it may have misread). */
export type AdjustFields = (fields: FieldValues) => void;

export async function readAcordLayout(
  pages: ItemWithConfidence[][], shape: CertificateShape, images: ImagesOfFirstPage, hasFormFields: () => Promise<boolean>,
  adjust?: AdjustFields,
): Promise<ReadResult | null> {
  const { first } = referenceLayout();
  const runs1 = mergeRuns(pages[0] ?? []);
  const matches = matchUniqueLabels(first, runs1);
  if (matches.length < MIN_ANCHORS) return null;
  const fits = fitSections(first, matches);
  // Another layout can share a dozen of the form's words; only the form has them all where the form puts them.
  const g = fits?.global;
  if (!fits || !g || g.anchors < MIN_ANCHORS || g.residual > 2.5 || Math.abs(g.x.scale - g.y.scale) > 0.1) return null;
  const fields: FieldValues = assignPage(runs1, first, fits).values;
  if ([...fields.keys()].every((name) => name === "Form_EditionIdentifier_A")) {
    // Text widgets of an empty fillable form are not page text, so this is also how a blank fillable form looks:
    // leave it to the last reader, which can tell the two apart.
    if (shape === "scan" || !(await hasFormFields())) {
      throw new CertificateReadError(
        "unreadable_certificate",
        "The PDF is an ACORD 25 form with no values printed in its boxes. Upload the completed certificate.",
      );
    }
    return null;
  }
  if (!fields.has(SIGNATURE)) {
    const drawn = await drawnSignature(first, fits, await images(), runs1[0].pageSize);
    if (drawn) fields.set(SIGNATURE_IMAGE_FIELD, drawn);
  }
  const continuation = pages[1] ? readRemarksPage(mergeRuns(pages[1])) : undefined;
  if (continuation) fields.set(REMARKS_CONTINUATION_FIELD, continuation);
  splitAddresses(fields);
  adjust?.(fields);
  const { parsed, sources, confidence } = fieldsToParsed(fields);
  return { shape, parsed, sources, confidence };
}

const SIGNATURE = "Producer_AuthorizedRepresentative_Signature_A";

/** An image covering a good part of the AUTHORIZED REPRESENTATIVE box is a drawn signature. */
async function drawnSignature(ref: RefPage, fits: SectionFits, images: ImageBox[], pageSize: [number, number]): Promise<FieldValue | undefined> {
  const slot = ref.slots.find((s) => s.name === SIGNATURE)!;
  const fit = fits.bySection.bottom ?? fits.global;
  const [x, y, w, h] = slot.rect;
  const box = { x0: fit.x.scale * x + fit.x.offset, y0: fit.y.scale * y + fit.y.offset, x1: fit.x.scale * (x + w) + fit.x.offset, y1: fit.y.scale * (y + h) + fit.y.offset };
  const inside = images.find((i) => {
    const area = Math.max(0, Math.min(i.x1, box.x1) - Math.max(i.x0, box.x0)) * Math.max(0, Math.min(i.y1, box.y1) - Math.max(i.y0, box.y0));
    // Mostly within the box, and not a full-page image (a scan's page image covers every box).
    return area > 0.5 * (i.x1 - i.x0) * (i.y1 - i.y0) && area > 0.05 * (box.x1 - box.x0) * (box.y1 - box.y0);
  });
  if (!inside) return undefined;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    value: true,
    source: { page: 1, box: [round(inside.x0), round(inside.y0), round(inside.x1 - inside.x0), round(inside.y1 - inside.y0)], page_size: pageSize },
    confidence: LAYOUT_CONFIDENCE,
  };
}

function readRemarksPage(runs: Run[]) {
  const { remarks } = referenceLayout();
  const matches = matchUniqueLabels(remarks, runs);
  const fits = matches.length >= 3 ? fitSections(remarks, matches) : null;
  if (!fits) return undefined;
  return assignPage(runs, remarks, fits).values.get(REMARKS_CONTINUATION_FIELD);
}
