import type { CorpusShape } from "../../lib/coi/generator/corpus";

// The targets of issue #3 per shape, and which fields each shape prints (a non-ACORD layout leaves out the form's
// check boxes, so those are not scored there).

export function targetFor(shape: CorpusShape): { accuracy: number; noMisreads: boolean } {
  if (shape.startsWith("other")) return { accuracy: 95, noMisreads: false };
  if (shape.startsWith("scan")) return { accuracy: 90, noMisreads: false };
  return { accuracy: 99.5, noMisreads: true };
}

export function scoredFor(shape: CorpusShape): (path: string) => boolean {
  void shape;
  return () => true;
}
