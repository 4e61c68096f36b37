import { createRequire } from "node:module";
import path from "node:path";
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";

// OCR with tesseract.js, fully offline: the engine (tesseract.js-core WASM) and the English model
// (@tesseract.js-data/eng) come from node_modules; nothing is fetched or cached on disk. One worker per process,
// started on the first scan (≈ 1 s) and reused: it handles one page at a time, in order.

export type OcrWord = {
  text: string;
  /** 0–1, tesseract's word confidence. */
  confidence: number;
  /** Pixels, origin top-left: the word's box, and its baseline's y under the word's centre. */
  x0: number;
  x1: number;
  top: number;
  baseline: number;
};

type Global = { __coverdeskOcr?: Promise<Worker> };
const g = globalThis as unknown as Global;

/** The LSTM-only integer model: a third of the size of the legacy+LSTM one, and what OEM.LSTM_ONLY needs. */
function langPath(): string {
  try {
    const pkg = createRequire(import.meta.url).resolve("@tesseract.js-data/eng/package.json");
    return path.join(path.dirname(pkg), "4.0.0_best_int");
  } catch {
    // Bundlers can hide import.meta.url's real location; the project root's node_modules is the next best place.
    return path.join(process.cwd(), "node_modules", "@tesseract.js-data", "eng", "4.0.0_best_int");
  }
}

async function startWorker(dpi: number): Promise<Worker> {
  // A local directory as langPath is read from disk; cacheMethod "none" keeps tesseract from writing a copy.
  const worker = await createWorker("eng", OEM.LSTM_ONLY, { langPath: langPath(), cacheMethod: "none", gzip: true });
  await worker.setParameters({
    // A form is scattered text, not a column of paragraphs: sparse text finds labels and values alike.
    tessedit_pageseg_mode: PSM.SPARSE_TEXT,
    user_defined_dpi: String(dpi),
  });
  return worker;
}

let queue: Promise<unknown> = Promise.resolve();

/** A page of print takes a few seconds; an image that keeps tesseract busy longer is noise, and the job has 60 s. */
const OCR_TIME_LIMIT_MS = Number(process.env.OCR_TIME_LIMIT_MS ?? 60_000);

export class OcrTimeoutError extends Error {
  constructor() {
    super(`OCR took longer than ${OCR_TIME_LIMIT_MS} ms`);
    this.name = "OcrTimeoutError";
  }
}

/**
 * One job at a time on the worker: a job may change its parameters (page segmentation) and must not be overtaken.
 * tesseract cannot be interrupted, so a job past the time limit ends the worker; the next job starts a new one.
 */
function exclusive<T>(job: (w: Worker) => Promise<T>, dpi: number): Promise<T> {
  const run = queue.then(async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Rejected first, so the job's own failure when its worker goes away does not stand in for the reason.
        reject(new OcrTimeoutError());
        void terminateOcr();
      }, OCR_TIME_LIMIT_MS);
    });
    try {
      return await Promise.race([job(await worker(dpi)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

function worker(dpi: number): Promise<Worker> {
  g.__coverdeskOcr ??= startWorker(dpi).catch((error: unknown) => {
    g.__coverdeskOcr = undefined;
    throw error;
  });
  return g.__coverdeskOcr;
}

/** Words of one page image (PNG, JPEG or PGM bytes), in the image's pixels. */
export async function recognizeWords(image: Buffer, dpi: number): Promise<OcrWord[]> {
  const { data } = await exclusive((w) => w.recognize(image, {}, { blocks: true, text: false }), dpi);
  const words: OcrWord[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const b = line.baseline;
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          const cx = (word.bbox.x0 + word.bbox.x1) / 2;
          const slope = b.x1 !== b.x0 ? (b.y1 - b.y0) / (b.x1 - b.x0) : 0;
          const onLine = b.y0 + slope * (cx - b.x0);
          // Keep the baseline within the word's own box (a line's baseline can be off for a lone word).
          const baseline = Math.min(word.bbox.y1, Math.max(word.bbox.y0 + 1, onLine));
          words.push({ text, confidence: word.confidence / 100, x0: word.bbox.x0, x1: word.bbox.x1, top: word.bbox.y0, baseline });
        }
      }
    }
  }
  return words;
}

/**
 * One character from a small crop (a box's "A", "Y", "X"): sparse-text mode skips a lone letter, single-character
 * mode with the letters the box can hold does not. Null when tesseract sees none.
 */
export async function recognizeChar(image: Buffer, dpi: number, allowed: string): Promise<{ text: string; confidence: number } | null> {
  return exclusive(async (w) => {
    await w.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_CHAR, tessedit_char_whitelist: allowed });
    try {
      const { data } = await w.recognize(image, {}, { text: true });
      const text = data.text.trim();
      return text.length === 1 ? { text, confidence: data.confidence / 100 } : null;
    } finally {
      await w.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT, tessedit_char_whitelist: "" });
    }
  }, dpi);
}

/** Stops the OCR worker thread (it would keep the process alive); the next scan starts a new one. */
export async function terminateOcr(): Promise<void> {
  const pending = g.__coverdeskOcr;
  g.__coverdeskOcr = undefined;
  if (pending) await (await pending.catch(() => undefined))?.terminate();
}
