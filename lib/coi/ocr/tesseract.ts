import os from "node:os";
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";
import { modelDirectory, type OcrLanguage } from "./models";

// OCR with tesseract.js, fully offline: the engine (tesseract.js-core WASM) and the models (models.ts) come from
// node_modules; nothing is fetched or cached. A small pool of workers per language and thread (each worker a thread
// of its own), started on the first scan (≈ 1 s each) and reused: a scan's lines are read on all of them at once,
// so one scan uses every core it is given.

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

/** How tesseract is to look at an image (a page of scattered text, or one line), and with which model. */
export type OcrMode = { psm: PSM; lang?: OcrLanguage };
export const PAGE_MODE: OcrMode = { psm: PSM.SPARSE_TEXT };
export const LINE_MODE: OcrMode = { psm: PSM.SINGLE_LINE };
/** A line of a name, an address or remarks, where accented letters are printed. */
export const WORDS_LINE_MODE: OcrMode = { psm: PSM.SINGLE_LINE, lang: "spa+eng" };

/** Workers at most, per language: one per core up to two (OCR_WORKERS overrides); more only add memory. */
const MAX_WORKERS = Math.max(1, Number(process.env.OCR_WORKERS ?? Math.min(2, os.availableParallelism?.() ?? os.cpus().length)));
/** A page of print takes a few seconds; an image that keeps tesseract busy longer is noise, and the job has 60 s. */
const OCR_TIME_LIMIT_MS = Number(process.env.OCR_TIME_LIMIT_MS ?? 60_000);
/** A worker holds tens of MB; one left idle this long is ended (the next scan starts it again). */
const IDLE_MS = 60_000;

export class OcrTimeoutError extends Error {
  constructor() {
    super(`OCR took longer than ${OCR_TIME_LIMIT_MS} ms`);
    this.name = "OcrTimeoutError";
  }
}

type Slot = { worker: Promise<Worker>; lang: OcrLanguage; busy: boolean; mode: string; idle?: NodeJS.Timeout };
type Job = { mode: OcrMode; dpi: number; run: (w: Worker) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };
type Pool = { slots: Slot[]; queue: Job[] };

// Per thread (a reader thread has its own pool), kept across hot reloads in development.
const g = globalThis as unknown as { __coverdeskOcrPool?: Pool };
const pool = (): Pool => (g.__coverdeskOcrPool ??= { slots: [], queue: [] });

function startWorker(lang: OcrLanguage): Promise<Worker> {
  // A local directory as langPath is read from disk; cacheMethod "none" keeps tesseract from writing a copy.
  return createWorker(lang, OEM.LSTM_ONLY, { langPath: modelDirectory(), cacheMethod: "none", gzip: true });
}

const modeKey = (m: OcrMode, dpi: number) => `${m.psm}|${dpi}`;

function run<T>(mode: OcrMode, dpi: number, job: (w: Worker) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    pool().queue.push({ mode, dpi, run: job, resolve: resolve as (v: unknown) => void, reject });
    pump();
  });
}

function pump(): void {
  const p = pool();
  // In order, each job to a worker of its language already set up for its mode, else any idle one of that
  // language, else a new one while there is room; a job whose language has no worker free waits, the others go on.
  for (let i = 0; i < p.queue.length; ) {
    const job = p.queue[i];
    const key = modeKey(job.mode, job.dpi);
    const lang = job.mode.lang ?? "eng";
    const mine = p.slots.filter((s) => s.lang === lang);
    let slot = mine.find((s) => !s.busy && s.mode === key) ?? mine.find((s) => !s.busy);
    if (!slot && mine.length < MAX_WORKERS) {
      slot = { worker: startWorker(lang), lang, busy: false, mode: "" };
      p.slots.push(slot);
    }
    if (!slot) {
      i++;
      continue;
    }
    p.queue.splice(i, 1);
    void execute(slot, job);
  }
}

async function execute(slot: Slot, job: Job): Promise<void> {
  slot.busy = true;
  clearTimeout(slot.idle);
  let timer: NodeJS.Timeout | undefined;
  try {
    const worker = await slot.worker;
    const key = modeKey(job.mode, job.dpi);
    if (slot.mode !== key) {
      await worker.setParameters({
        tessedit_pageseg_mode: job.mode.psm,
        user_defined_dpi: String(job.dpi),
      });
      slot.mode = key;
    }
    const timeout = new Promise<never>((_, reject) => {
      // tesseract cannot be interrupted: a job past the limit ends its worker; the next job starts another.
      timer = setTimeout(() => reject(new OcrTimeoutError()), OCR_TIME_LIMIT_MS);
    });
    job.resolve(await Promise.race([job.run(worker), timeout]));
  } catch (error) {
    job.reject(error);
    drop(slot);
    return;
  } finally {
    clearTimeout(timer);
  }
  slot.busy = false;
  slot.idle = setTimeout(() => drop(slot), IDLE_MS);
  slot.idle.unref();
  pump();
}

function drop(slot: Slot): void {
  const p = pool();
  p.slots = p.slots.filter((s) => s !== slot);
  clearTimeout(slot.idle);
  void slot.worker.then((w) => w.terminate()).catch(() => undefined);
  pump();
}

/**
 * Words of an image (PNG, JPEG or PGM bytes), in the image's pixels: a whole page in sparse-text mode by default,
 * or one line of text (LINE_MODE) cut out of a form's box.
 */
export async function recognizeWords(image: Buffer, dpi: number, mode: OcrMode = PAGE_MODE): Promise<OcrWord[]> {
  const { data } = await run(mode, dpi, (w) => w.recognize(image, {}, { blocks: true, text: false }));
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
 * One character from a small crop (a box's "A", "Y", "X"), or null when tesseract reads none of `allowed` there.
 * Read as one line with no character whitelist first: with the LSTM engine a whitelist makes tesseract.js return
 * nothing at all for a clean "B", and single-character mode does no better than a line.
 */
export async function recognizeChar(image: Buffer, dpi: number, allowed: string): Promise<{ text: string; confidence: number } | null> {
  return run(LINE_MODE, dpi, async (w) => {
    const first = oneChar((await w.recognize(image, {}, { text: true })).data);
    if (first && allowed.includes(first.text)) return first;
    // Nothing, or a letter the box cannot hold (a serif C read as G): read again among the allowed letters only
    // (alone, a whitelist loses clean letters; after a miss it only adds). What that gives is a second choice,
    // never certain.
    await w.setParameters({ tessedit_char_whitelist: allowed });
    try {
      const second = oneChar((await w.recognize(image, {}, { text: true })).data);
      return second && allowed.includes(second.text) ? { text: second.text, confidence: SECOND_CHOICE } : null;
    } finally {
      await w.setParameters({ tessedit_char_whitelist: "" });
    }
  });
}

/** Below the review threshold (0.9): a letter tesseract first read as another. */
const SECOND_CHOICE = 0.7;

export function oneChar(data: { text: string; confidence: number }): { text: string; confidence: number } | null {
  // A lone letter whose case tesseract cannot tell (c, o, s, x…) comes back as both ("Cc") or in lower case; a
  // speck beside it as a mark ("c€", "X."), which leaves the letter less sure.
  const raw = data.text.replace(/\s+/g, "");
  let text = raw.replace(/[^A-Za-z]/g, "");
  if (text.length === 2 && text[0].toUpperCase() === text[1].toUpperCase()) text = text[0];
  text = text.toUpperCase();
  if (text.length !== 1) return null;
  const confidence = data.confidence / 100;
  return { text, confidence: text.length === raw.length || raw.length === 2 && /^[A-Za-z]{2}$/.test(raw) ? confidence : Math.min(confidence, SECOND_CHOICE) };
}

/** Stops every OCR worker thread (they would keep the process alive); the next scan starts new ones. */
export async function terminateOcr(): Promise<void> {
  const p = pool();
  const slots = p.slots;
  p.slots = [];
  for (const s of slots) clearTimeout(s.idle);
  await Promise.all(slots.map((s) => s.worker.then((w) => w.terminate()).catch(() => undefined)));
}
