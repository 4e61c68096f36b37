import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";

// What "print to PDF again" leaves of a filled AcroForm: the page's own drawing (labels, lines, logo) and nothing of
// the form. Widgets, field dictionaries, their appearance streams and the AcroForm itself are removed, so no reader
// can take a value from a field: the values will be page text only.

function deleteTree(doc: PDFDocument, ref: PDFRef) {
  const dict = doc.context.lookupMaybe(ref, PDFDict);
  if (!dict) return;
  const kids = dict.lookupMaybe(PDFName.of("Kids"), PDFArray);
  kids?.asArray().forEach((k) => k instanceof PDFRef && deleteTree(doc, k));
  // /AP /N (and /D) hold one appearance stream or a dictionary of states (a check box's /1 and /Off).
  const ap = dict.lookupMaybe(PDFName.of("AP"), PDFDict);
  for (const value of ap?.values() ?? []) {
    const states = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (states instanceof PDFDict) states.values().forEach((s) => s instanceof PDFRef && doc.context.delete(s));
    if (value instanceof PDFRef) doc.context.delete(value);
  }
  doc.context.delete(ref);
}

export function stripForm(doc: PDFDocument) {
  const acroForm = doc.catalog.lookupMaybe(PDFName.of("AcroForm"), PDFDict);
  const fields = acroForm?.lookupMaybe(PDFName.of("Fields"), PDFArray);
  fields?.asArray().forEach((f) => f instanceof PDFRef && deleteTree(doc, f));
  doc.catalog.delete(PDFName.of("AcroForm"));
  // Field widgets are gone with their fields; any other annotation would not survive a reprint either.
  for (const page of doc.getPages()) page.node.delete(PDFName.of("Annots"));
}
