import os from "node:os";
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { isCertificateReadError } from "../errors";
import { readCertificate } from "../read-certificate";
import { onePage, writePdf } from "../fuzz/pdf-writer";
import { installMemoryGuard } from "./memory-guard";
import type { ReadRequest, ThreadData, ThreadMemory, ThreadMessage } from "./protocol";

// The body of a reader thread: one read at a time, as the pool sends them. Loaded by thread-entry.mjs.

const port = parentPort;
if (!port) throw new Error("reader-thread.ts runs inside a worker thread (see reader-pool.ts)");
installMemoryGuard((workerData as ThreadData).memoryMb);
// Reading is batch work; answering HTTP is not. On Linux a priority is per thread, so this lowers only this reader
// thread: when web and workers share cores, the API's event loop is served first and uploads are not slowed by reads.
try {
  os.setPriority(0, Number(process.env.READER_NICE ?? 10));
} catch {
  // not permitted here (some containers): run at normal priority
}
// pdf.js leaves some internal promises unawaited; on a damaged file (a bad xref entry, EOF inside a dictionary) they
// reject while the read itself settles normally with its own error. Node's default would end the thread (and, in
// process, the whole server), so they are ignored here: the awaited read carries the outcome.
process.on("unhandledRejection", () => undefined);

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
function memory(): ThreadMemory {
  const s = getHeapStatistics();
  return { heapMb: mb(s.total_heap_size), externalMb: mb(s.external_memory) };
}

const send = (message: ThreadMessage) => port.postMessage(message);

port.on("message", async ({ id, bytes }: ReadRequest) => {
  try {
    const result = await readCertificate(bytes);
    send({ type: "result", id, result, memory: memory() });
  } catch (err) {
    if (isCertificateReadError(err)) {
      send({ type: "read_error", id, code: err.code, message: err.message, memory: memory() });
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      send({ type: "failure", id, name: e.name, message: e.message, stack: e.stack, memory: memory() });
    }
  }
});

// pdf.js loads its worker module on the first document (≈ 1 s): done before "ready", so no real read pays for it
// out of its time limit. The blank page is refused as unreadable, as expected.
void readCertificate(writePdf(onePage(""))).catch(() => undefined).then(() => send({ type: "ready" }));
