import type { FieldSource } from "../parsed-certificate";
import { cleanText, parseAmount, parseDate, parseYesNo, parseYesNoOrBlank } from "../normalize";
import type { Acord25FieldName } from "./field-names";

// ACORD 25 values by field name, wherever they came from: AcroForm widgets now; text located by the form's labels
// (flattened) or OCR later. Each carries where it sits on the page and how sure the reader is of it.

/** `note`: why the confidence is lowered, in words a reviewer understands. */
export type FieldValue = { value: string | boolean; source: FieldSource; confidence: number; note?: string };
export type FieldValues = Map<string, FieldValue>;

/** A reader's last say on the values before they are mapped (OCR lowers the confidence of what it may misread). */
export type AdjustFields = (fields: FieldValues) => void;

/** Confidence given to a value that was printed but could not be read as what the box holds (a date, an amount). */
export const UNREADABLE = 0;

/**
 * Reads typed values out of FieldValues and records, for each dotted path of the parsed certificate it fills,
 * the value's source and confidence. Empty boxes record nothing: there is nothing on the page to point at.
 */
export class FieldReader {
  readonly sources: Record<string, FieldSource> = {};
  readonly confidence: Record<string, number> = {};
  readonly used = new Set<string>();

  constructor(private readonly fields: FieldValues) {}

  raw(name: Acord25FieldName | string): FieldValue | undefined {
    this.used.add(name);
    return this.fields.get(name);
  }

  /** Whether the box holds anything (text or a checked box). */
  has(name: Acord25FieldName | string): boolean {
    const f = this.raw(name);
    return f !== undefined && (typeof f.value === "boolean" ? f.value : cleanText(f.value) !== null);
  }

  text(name: Acord25FieldName | string, path: string): string | null {
    const f = this.raw(name);
    const value = f && typeof f.value === "string" ? cleanText(f.value) : null;
    if (f && value !== null) this.record(path, f, f.confidence);
    return value;
  }

  /** A one-line value: line breaks inside a name or number box are only wrapping. */
  line(name: Acord25FieldName | string, path: string): string | null {
    return this.text(name, path)?.replace(/\s*\n\s*/g, " ") ?? null;
  }

  date(name: Acord25FieldName, path: string): string | null {
    return this.parsed(name, path, parseDate, "a date");
  }

  amount(name: Acord25FieldName, path: string): number | null {
    return this.parsed(name, path, parseAmount, "an amount");
  }

  /** ADDL INSD / SUBR WVD: blank means no. */
  yesNo(name: Acord25FieldName, path: string): boolean | null {
    const f = this.raw(name);
    if (!f) return false;
    const value = typeof f.value === "boolean" ? f.value : parseYesNo(f.value);
    if (typeof f.value === "boolean" || cleanText(f.value) !== null) {
      this.record(path, f, value === null ? UNREADABLE : f.confidence, value === null ? notOne(f, "Y, N or X") : undefined);
    }
    return value;
  }

  /** A Y/N question where blank means unanswered. */
  yesNoOrBlank(name: Acord25FieldName, path: string): boolean | null {
    const f = this.raw(name);
    if (!f || typeof f.value === "boolean") return f ? (f.value as boolean) : null;
    const value = parseYesNoOrBlank(f.value);
    if (cleanText(f.value) !== null) this.record(path, f, value === null ? UNREADABLE : f.confidence, value === null ? notOne(f, "Y or N") : undefined);
    return value;
  }

  check(name: Acord25FieldName, path: string): boolean {
    const f = this.raw(name);
    if (!f) return false;
    const checked = typeof f.value === "boolean" ? f.value : /^(x|y|yes|on|true|1)$/i.test(f.value.trim());
    this.record(path, f, f.confidence);
    return checked;
  }

  private parsed<T>(name: Acord25FieldName, path: string, parse: (s: string) => T | null, kind: string): T | null {
    const f = this.raw(name);
    const text = f && typeof f.value === "string" ? cleanText(f.value) : null;
    if (!f || text === null) return null;
    const value = parse(text);
    // Printed but unreadable: null, with zero confidence so any rule relying on it asks for a person.
    this.record(path, f, value === null ? UNREADABLE : f.confidence, value === null ? notOne(f, kind) : undefined);
    return value;
  }

  record(path: string, f: FieldValue, confidence: number, note = f.note): void {
    this.sources[path] = note ? { ...f.source, note } : f.source;
    this.confidence[path] = confidence;
  }
}

/** `printed as "Included", which is not an amount`, after the reader's own doubt when it has one. */
function notOne(f: FieldValue, kind: string): string {
  const printed = typeof f.value === "string" ? f.value.replace(/\s+/g, " ").trim() : String(f.value);
  const why = `printed as "${printed.length > 40 ? `${printed.slice(0, 40)}…` : printed}", which is not ${kind}`;
  return f.note ? `${f.note}; ${why}` : why;
}
