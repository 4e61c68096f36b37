import type { CertificateReadErrorCode } from "../errors";
import type { ReadResult } from "../parsed-certificate";

// Messages between the reader pool and its threads. Everything crosses by structured clone, so errors travel as
// plain data and are rebuilt on the pool's side.

export type ThreadData = { memoryMb: number };

export type ReadRequest = { id: number; bytes: Uint8Array };

/** The thread's V8 heap after the read, in MB: total heap (it grows to the peak and shrinks late) plus buffers. */
export type ThreadMemory = { heapMb: number; externalMb: number };

export type ThreadMessage =
  | { type: "ready" }
  | { type: "result"; id: number; result: ReadResult; memory: ThreadMemory }
  | { type: "read_error"; id: number; code: CertificateReadErrorCode; message: string; memory: ThreadMemory }
  | { type: "failure"; id: number; name: string; message: string; stack?: string; memory: ThreadMemory };
