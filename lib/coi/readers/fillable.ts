import { ACORD25_FIELDS, REMARKS_CONTINUATION_FIELD } from "../acord25/field-names";
import type { FieldValue, FieldValues } from "../acord25/field-values";
import { fieldsToParsed } from "../acord25/to-parsed";
import { isCheckboxChecked } from "../normalize";
import type { PdfPages, Widget } from "../pdf/pdf-pages";
import type { CertificateReader } from "./types";

// Fillable ACORD 25: the AcroForm still holds the typed values, so they are read exactly (confidence 1), with no
// layout guessing. Field names may be bare or fully qualified; both reduce to the bare ACORD name.

const FORM_CONFIDENCE = 1;

/** Values some agency templates pre-fill, which alone do not make a filled-in certificate. */
const TEMPLATE_FIELDS = new Set(["Form_EditionIdentifier_A"]);

function widgetValue(w: Widget): string | boolean | null {
  if (w.isCheckbox) return isCheckboxChecked(w.value, w.exportValue);
  // pdfjs reports no value for digital signature fields, so a digitally signed certificate reads as unsigned
  // and the signature rule asks a person: the safe direction.
  if (typeof w.value === "string") return w.value;
  if (Array.isArray(w.value)) return w.value.filter((v) => typeof v === "string").join("\n");
  if (typeof w.value === "number") return String(w.value);
  return null;
}

function isFilled(value: string | boolean): boolean {
  return typeof value === "boolean" ? value : value.trim() !== "";
}

export async function collectFieldValues(pdf: PdfPages): Promise<FieldValues> {
  const fields: FieldValues = new Map();
  const continuation: FieldValue[] = [];
  for (const w of await pdf.widgets()) {
    const value = widgetValue(w);
    if (value === null) continue;
    const entry: FieldValue = { value, source: w.source, confidence: FORM_CONFIDENCE };
    if (w.name in ACORD25_FIELDS) {
      // The first widget wins (a field's kids repeat its value), unless it was empty and a later one is not.
      const existing = fields.get(w.name);
      if (!existing || (!isFilled(existing.value) && isFilled(value))) fields.set(w.name, entry);
    } else if (w.source.page > 1 && /remark/i.test(w.name) && typeof value === "string" && value.trim()) {
      // Page 2 is usually an additional remarks schedule continuing the description of operations.
      continuation.push(entry);
    }
  }
  if (continuation.length > 0) {
    const text = continuation.map((c) => c.value).join("\n");
    fields.set(REMARKS_CONTINUATION_FIELD, { ...continuation[0], value: text });
  }
  return fields;
}

export const fillableReader: CertificateReader = {
  name: "fillable",
  async read(pdf) {
    const fields = await collectFieldValues(pdf);
    const filled = [...fields].some(([name, f]) => !TEMPLATE_FIELDS.has(name) && isFilled(f.value));
    if (!filled) return null;
    const { parsed, sources, confidence } = fieldsToParsed(fields);
    return { shape: "fillable", parsed, sources, confidence };
  },
};
