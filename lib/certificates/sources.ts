import { REVIEW_CONFIDENCE } from "../coi/audit/context";
import type { FieldSource } from "../coi/parsed-certificate";

// `sources` maps dotted paths of parsed_certificate_json to where each value was read. A rule or a section names
// a path that may be a leaf (`insured.name`) or a branch (`coverages.workers_compensation`): take every source
// at or below it.

export const isFieldSource = (v: unknown): v is FieldSource =>
  typeof v === "object" && v !== null && typeof (v as FieldSource).page === "number" && Array.isArray((v as FieldSource).box);

export function sourcesFor(sources: Record<string, unknown> | null | undefined, path: string | null): FieldSource[] {
  if (!sources || !path) return [];
  const out: FieldSource[] = [];
  for (const [key, value] of Object.entries(sources)) {
    if ((key === path || key.startsWith(`${path}.`)) && isFieldSource(value)) out.push(value);
  }
  return out;
}

export const hasSource = (sources: Record<string, unknown> | null | undefined, path: string) => sourcesFor(sources, path).length > 0;

/** Below the rules' review threshold: how sure the reader was of a value, and why not more. */
export function doubtOf(sources: Record<string, unknown> | null | undefined, path: string): { confidence: number; note: string | null } | null {
  const s = sources?.[path] as { confidence?: unknown; note?: unknown } | undefined;
  if (!s || typeof s.confidence !== "number" || s.confidence >= REVIEW_CONFIDENCE) return null;
  return { confidence: s.confidence, note: typeof s.note === "string" ? s.note : null };
}
