import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { CertificateReadError } from "../errors";
import type { ReadResult } from "../parsed-certificate";
import { OUT_OF_MEMORY_EXIT_CODE } from "./memory-guard";
import type { ThreadData, ThreadMemory, ThreadMessage } from "./protocol";

// Runs readCertificate in worker threads with a wall-clock and a heap limit, so a hostile or broken PDF (a
// decompression bomb, 100k nested arrays, a page tree that never ends) costs one thread, never the process that
// serves the API. A thread that runs out of time or memory is terminated and replaced; its certificate ends in
// `error` (the same bytes would fail the same way, so it is not retried).

export type ReaderPoolOptions = {
  /** Threads, i.e. reads at once; further reads wait their turn (queue time does not count against the timeout). */
  size: number;
  timeoutMs: number;
  /** V8 old-generation limit of each thread. */
  memoryMb: number;
};

export type IsolatedRead = { result: ReadResult; ms: number; memory: ThreadMemory };

/** The reader failed in a way that says nothing about the document (a thread crash): worth a retry. */
export class ReaderCrashError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ReaderCrashError";
  }
}

type Task = {
  id: number;
  bytes: Uint8Array;
  resolve: (read: IsolatedRead) => void;
  reject: (err: unknown) => void;
  started: number;
  timer?: NodeJS.Timeout;
};

type Thread = { worker: Worker; ready: boolean; task: Task | null; dead: boolean };

const ENTRY = new URL("./thread-entry.mjs", import.meta.url);

export class ReaderPool {
  private threads: Thread[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ReaderPoolOptions) {}

  get size(): number {
    return this.options.size;
  }

  /** Reads one certificate in a thread. Rejects with CertificateReadError for the document's faults. */
  read(bytes: Uint8Array): Promise<IsolatedRead> {
    if (this.closed) return Promise.reject(new ReaderCrashError("The reader pool is closed."));
    return new Promise((resolve, reject) => {
      // A copy of our own to transfer (Buffer#slice would be a view of the caller's, possibly pooled, memory).
      const copy = new Uint8Array(bytes.byteLength);
      copy.set(bytes);
      this.queue.push({ id: this.nextId++, bytes: copy, resolve, reject, started: 0 });
      this.pump();
    });
  }

  /** Starts every thread and waits until each has loaded the reader, so the first certificates do not pay for it. */
  async warmUp(): Promise<void> {
    while (this.threads.length < this.options.size) this.spawn();
    await Promise.all(
      this.threads.map(
        (t) => new Promise<void>((resolve) => (t.ready || t.dead ? resolve() : t.worker.once("message", () => resolve()))),
      ),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new ReaderCrashError("The reader pool was closed."));
    await Promise.all(this.threads.map((t) => this.kill(t, new ReaderCrashError("The reader pool was closed."))));
  }

  private pump() {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const idle = this.threads.find((t) => t.ready && !t.task && !t.dead);
      if (!idle) {
        if (this.threads.length < this.options.size) this.spawn();
        return;
      }
      this.dispatch(idle, this.queue.shift()!);
    }
  }

  private dispatch(thread: Thread, task: Task) {
    thread.task = task;
    task.started = performance.now();
    task.timer = setTimeout(() => {
      const seconds = Math.round(this.options.timeoutMs / 100) / 10;
      void this.kill(
        thread,
        new CertificateReadError(
          "reader_timeout",
          `Reading the certificate took longer than ${seconds} s, so it was stopped. The PDF is damaged or far more complex than a certificate; upload the certificate as issued by the agency.`,
        ),
      );
    }, this.options.timeoutMs);
    thread.worker.postMessage({ id: task.id, bytes: task.bytes }, [task.bytes.buffer as ArrayBuffer]);
  }

  private spawn() {
    const worker = new Worker(ENTRY, {
      // Not the parent's flags (tsx's, vitest's): the entry registers what it needs.
      execArgv: [],
      workerData: { memoryMb: this.options.memoryMb } satisfies ThreadData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: false,
      stderr: false,
    });
    const thread: Thread = { worker, ready: false, task: null, dead: false };
    this.threads.push(thread);
    worker.on("message", (message: ThreadMessage) => this.onMessage(thread, message));
    worker.on("error", (err: Error & { code?: string }) =>
      void this.kill(
        thread,
        err.code === "ERR_WORKER_OUT_OF_MEMORY" ? this.outOfMemory() : new ReaderCrashError(`The reader thread failed: ${err.message}`, { cause: err }),
      ),
    );
    worker.on("exit", (code) =>
      void this.kill(thread, code === OUT_OF_MEMORY_EXIT_CODE ? this.outOfMemory() : new ReaderCrashError(`The reader thread exited (code ${code}).`)),
    );
  }

  private outOfMemory() {
    return new CertificateReadError(
      "reader_out_of_memory",
      `Reading the certificate needed more than ${this.options.memoryMb} MB of memory, so it was stopped. The PDF is damaged or built to exhaust memory; upload the certificate as issued by the agency.`,
    );
  }

  private onMessage(thread: Thread, message: ThreadMessage) {
    if (message.type === "ready") {
      thread.ready = true;
      this.pump();
      return;
    }
    const task = thread.task;
    if (!task || task.id !== message.id) return;
    clearTimeout(task.timer);
    thread.task = null;
    const ms = Math.round(performance.now() - task.started);
    switch (message.type) {
      case "result":
        task.resolve({ result: message.result, ms, memory: message.memory });
        break;
      case "read_error":
        task.reject(Object.assign(new CertificateReadError(message.code, message.message), { memory: message.memory, ms }));
        break;
      case "failure": {
        // Our own bug or an exception pdfjs let through: rebuilt with its name so callers see what it was.
        const err = Object.assign(new Error(message.message), { name: message.name, memory: message.memory, ms });
        err.stack = message.stack;
        task.reject(err);
        break;
      }
    }
    this.pump();
  }

  /** Ends a thread (idempotent), fails its task with `reason`, and lets the queue start a replacement. */
  private async kill(thread: Thread, reason: unknown) {
    if (thread.dead) return;
    thread.dead = true;
    this.threads = this.threads.filter((t) => t !== thread);
    const task = thread.task;
    thread.task = null;
    if (task) {
      clearTimeout(task.timer);
      task.reject(Object.assign(reason as object, { ms: Math.round(performance.now() - task.started) }));
    } else if (!thread.ready) {
      // A thread that dies while loading would die again: fail a waiting read rather than respawn forever.
      this.queue.shift()?.reject(reason);
    }
    this.pump();
    await thread.worker.terminate().catch(() => undefined);
  }
}
