import { ReaderPool } from "../coi/isolated/reader-pool";
import { env } from "../env";

// The process's reader threads, one per certificate worker: sized and limited by configuration.
type Global = { __coverdeskReaderPool?: ReaderPool };
const g = globalThis as unknown as Global;

export function getReaderPool(): ReaderPool {
  const { WORKER_CONCURRENCY, READER_TIMEOUT_MS, READER_MEMORY_MB } = env();
  g.__coverdeskReaderPool ??= new ReaderPool({ size: WORKER_CONCURRENCY, timeoutMs: READER_TIMEOUT_MS, memoryMb: READER_MEMORY_MB });
  return g.__coverdeskReaderPool;
}

export async function stopReaderPool(): Promise<void> {
  const pool = g.__coverdeskReaderPool;
  g.__coverdeskReaderPool = undefined;
  await pool?.close();
}
