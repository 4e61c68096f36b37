import type { FieldSource } from "../coi/parsed-certificate";

// `sources` maps dotted paths of parsed_certificate_json to where each value was read. A rule or a section names
// a path that may be a leaf (`insured.name`) or a branch (`coverages.workers_compensation`): take every source
// at or below it.

const isFieldSource = (v: unknown): v is FieldSource =>
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
