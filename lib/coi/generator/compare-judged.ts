import type { ParsedCertificate } from "../parsed-certificate";
import type { FieldOutcome } from "./compare";

// Comparison with a partial truth, as the real certificates' truth.json holds it: a key absent from the truth was
// not judged, so only the keys present are compared (a nested key absent is not judged either); `null` means the
// certificate shows no readable value there. Two keys are lists, judged whole and without regard to order:
// `insurers` (each as {letter, name, naic}) and `description_of_operations.additional_insured_names`.

export type JudgedTruth = Record<string, unknown>;

const LIST_KEYS = new Set(["insurers", "description_of_operations.additional_insured_names"]);

const insurerKey = (i: unknown) => {
  const { letter = null, name = null, naic = null } = (i ?? {}) as Record<string, unknown>;
  return JSON.stringify([letter, name, naic]);
};

function judgedLeaves(value: unknown, path: string, out: Map<string, unknown>) {
  if (LIST_KEYS.has(path) || value === null || typeof value !== "object" || Array.isArray(value)) out.set(path, value);
  else for (const [k, v] of Object.entries(value)) judgedLeaves(v, path ? `${path}.${k}` : k, out);
}

function at(read: unknown, path: string): unknown {
  let v = read;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object") return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v ?? null;
}

const listValue = (path: string, v: unknown) =>
  Array.isArray(v) ? [...(path === "insurers" ? v.map(insurerKey) : v.map((x) => JSON.stringify(x)))].sort() : v;

export function compareJudged(read: ParsedCertificate | null, truth: JudgedTruth): FieldOutcome[] {
  const leaves = new Map<string, unknown>();
  // `file` names the certificate; it is not a field.
  judgedLeaves(Object.fromEntries(Object.entries(truth).filter(([k]) => k !== "file")), "", leaves);
  return [...leaves].map(([path, want]) => {
    const raw = read ? at(read, path) : null;
    const got = path === "insurers" && Array.isArray(raw) ? raw.map(({ letter, name, naic }) => ({ letter, name, naic })) : raw;
    const ok = LIST_KEYS.has(path)
      ? JSON.stringify(listValue(path, got ?? [])) === JSON.stringify(listValue(path, want ?? []))
      : JSON.stringify(got) === JSON.stringify(want);
    const isLimit = path.endsWith("_dollars") || path.includes(".limits.");
    return { path, truth: want, read: got, ok, limitMisread: !ok && isLimit && typeof got === "number" };
  });
}
