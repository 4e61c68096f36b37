import { mulberry32 } from "../generator/print-random";
import { HOSTILE, type HostileKind } from "./hostile";
import { baseCertificate, MUTATIONS, type MutationKind } from "./mutations";

// The fuzz corpus: case i of a seed is always the same bytes. Mutated certificates are most of it (cheap, and they
// explore the reader's own code paths); hostile structures are the rest, each kind weighted by what it costs to run.

export type FuzzCase = { index: number; kind: string; bytes: Uint8Array };

const COSTLY = new Set<HostileKind>(["contentBomb", "imageBomb", "fontBomb", "objectStreamBomb", "slowGraphicsStates", "manyOperators", "deepPageTree"]);

/** Kinds and weights. Bombs and deliberately slow documents cost a thread (or a timeout) each, so they are rarer. */
const WEIGHTS: [kind: MutationKind | HostileKind | "intact", weight: number][] = [
  ["intact", 2],
  ["truncate", 20],
  ["flipBytes", 20],
  ["overwriteRun", 10],
  ["breakXref", 10],
  ["appendJavaScript", 3],
  ["shiftBody", 4],
  ["duplicate", 2],
  ...(Object.keys(HOSTILE) as HostileKind[]).map((k): [HostileKind, number] => [k, COSTLY.has(k) ? 0.3 : 1.5]),
];

function kindAt(r: number): string {
  const total = WEIGHTS.reduce((n, [, w]) => n + w, 0);
  let at = r * total;
  for (const [kind, w] of WEIGHTS) if ((at -= w) < 0) return kind;
  return WEIGHTS[0][0];
}

export async function fuzzCase(seed: number, index: number): Promise<FuzzCase> {
  const rng = mulberry32((seed * 1_000_003 + index) >>> 0);
  // Every kind appears in the first cases of a run, so even a short run covers all of them.
  const kind = index < WEIGHTS.length ? WEIGHTS[index][0] : kindAt(rng());
  if (kind === "intact") return { index, kind, bytes: await baseCertificate(index) };
  if (kind in MUTATIONS) return { index, kind, bytes: MUTATIONS[kind as MutationKind](await baseCertificate(index), rng) };
  return { index, kind, bytes: await HOSTILE[kind as HostileKind](rng) };
}

export const FUZZ_KINDS = WEIGHTS.map(([k]) => k);
