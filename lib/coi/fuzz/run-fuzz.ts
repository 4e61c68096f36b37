import { isCertificateReadError } from "../errors";
import type { ThreadMemory } from "../isolated/protocol";
import { ReaderCrashError, type IsolatedRead, type ReaderPool } from "../isolated/reader-pool";
import { fuzzCase } from "./corpus";

// Runs fuzz cases through the isolated reader and sorts every outcome. A document may be read or refused with any
// CertificateReadError; a thread crash, any other exception, or a case that outlives the pool's own timeout is a
// failure of the reader's isolation and fails the run.

export type FuzzOptions = { pool: ReaderPool; seed: number; cases: number; timeoutMs: number; onProgress?: (done: number) => void };

export type FuzzFailure = { index: number; kind: string; outcome: string; message: string };

export type FuzzReport = {
  cases: number;
  /** `read:fillable`, `error:invalid_pdf`, `error:reader_timeout`, … */
  outcomes: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
  maxMs: { ms: number; index: number; kind: string };
  /** The largest thread heap and off-heap buffers reported after a case (killed threads report nothing). */
  maxHeapMb: number;
  maxExternalMb: number;
  failures: FuzzFailure[];
};

type Settled = { outcome: string; message: string; ms: number; memory?: ThreadMemory; failed: boolean };

async function runOne(pool: ReaderPool, bytes: Uint8Array, hangMs: number): Promise<Settled> {
  const started = Date.now();
  let hang: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => (hang = setTimeout(() => reject(new Error("hang")), hangMs)));
  try {
    const read = (await Promise.race([pool.read(bytes), guard])) as IsolatedRead;
    return { outcome: `read:${read.result.shape}`, message: "", ms: read.ms, memory: read.memory, failed: false };
  } catch (err) {
    const e = err as Error & { ms?: number; memory?: ThreadMemory };
    const ms = e.ms ?? Date.now() - started;
    if (isCertificateReadError(err)) return { outcome: `error:${err.code}`, message: err.message, ms, memory: e.memory, failed: !err.message };
    if (e.message === "hang") return { outcome: "hang", message: `no answer after ${hangMs} ms`, ms, failed: true };
    const outcome = err instanceof ReaderCrashError ? "crash" : `unexpected:${e.name}`;
    return { outcome, message: e.message, ms, memory: e.memory, failed: true };
  } finally {
    clearTimeout(hang);
  }
}

export async function runFuzz({ pool, seed, cases, timeoutMs, onProgress }: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = { cases, outcomes: {}, byKind: {}, maxMs: { ms: 0, index: -1, kind: "" }, maxHeapMb: 0, maxExternalMb: 0, failures: [] };
  // The pool answers within its timeout (plus a thread's restart); twice that plus slack means it hung.
  const hangMs = timeoutMs * 2 + 30_000;
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < cases) {
      const c = await fuzzCase(seed, next++);
      const r = await runOne(pool, c.bytes, hangMs);
      report.outcomes[r.outcome] = (report.outcomes[r.outcome] ?? 0) + 1;
      const kind = (report.byKind[c.kind] ??= {});
      kind[r.outcome] = (kind[r.outcome] ?? 0) + 1;
      if (r.ms > report.maxMs.ms) report.maxMs = { ms: r.ms, index: c.index, kind: c.kind };
      report.maxHeapMb = Math.max(report.maxHeapMb, r.memory?.heapMb ?? 0);
      report.maxExternalMb = Math.max(report.maxExternalMb, r.memory?.externalMb ?? 0);
      if (r.failed) report.failures.push({ index: c.index, kind: c.kind, outcome: r.outcome, message: r.message });
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: pool.size }, lane));
  return report;
}
