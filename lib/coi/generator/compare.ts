import type { ParsedCertificate } from "../parsed-certificate";

// Field-level comparison of a reading with its truth, for the accuracy bench and the corpus tests. A field is a
// leaf of parsed_certificate_json (a list of strings counts as one field); remarks text is compared without
// regard to line wrapping, which a flattened print does not keep.

export type FieldOutcome = {
  path: string;
  truth: unknown;
  read: unknown;
  ok: boolean;
  /** A limit (a *_dollars value) read as a number other than the printed one. */
  limitMisread: boolean;
};

function leaves(value: unknown, path: string, out: Map<string, unknown>) {
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) out.set(path, value);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
}

const normalize = (path: string, v: unknown) =>
  typeof v === "string" && path.startsWith("description_of_operations.text") ? v.replace(/\s+/g, " ").trim() : v;

export function compareParsed(
  read: ParsedCertificate | null,
  truth: ParsedCertificate,
  scored: (path: string) => boolean = () => true,
): FieldOutcome[] {
  const t = new Map<string, unknown>();
  const r = new Map<string, unknown>();
  leaves(truth, "", t);
  if (read) leaves(read, "", r);
  const paths = [...new Set([...t.keys(), ...r.keys()])].filter(scored);
  return paths.map((path) => {
    const truthValue = normalize(path, t.get(path) ?? null);
    const readValue = normalize(path, r.get(path) ?? null);
    const ok = JSON.stringify(truthValue) === JSON.stringify(readValue);
    const isLimit = path.endsWith("_dollars") || path.includes(".limits.");
    return { path, truth: truthValue, read: readValue, ok, limitMisread: !ok && isLimit && typeof readValue === "number" };
  });
}
