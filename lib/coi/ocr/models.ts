import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

// The models tesseract reads with, from npm and never downloaded: the LSTM-only integer models of
// @tesseract.js-data/eng and /spa (a third of the size of the legacy+LSTM ones, and what OEM.LSTM_ONLY needs).
// tesseract.js looks for all of a worker's languages in one directory, and each model is a package of its own, so a
// directory of links to them is made once per thread (in the system's temporary directory, removed on exit).

/**
 * `eng` for amounts, dates, numbers and codes; `spa+eng` for names, addresses and remarks. English's model has no
 * accented letters (Peñasco, José, Québec come back as Penasco, Jose, Quebec), Spanish's has no "&" or "#":
 * together, Spanish first, they read both.
 */
export type OcrLanguage = "eng" | "spa+eng";

const MODELS = ["eng", "spa"] as const;

let directory: string | undefined;

export function modelDirectory(): string {
  if (directory) return directory;
  const made = mkdtempSync(path.join(os.tmpdir(), "coverdesk-ocr-"));
  for (const model of MODELS) symlinkSync(modelFile(model), path.join(made, `${model}.traineddata.gz`));
  process.once("exit", () => rmSync(made, { recursive: true, force: true }));
  return (directory = made);
}

function modelFile(model: string): string {
  const file = path.join("4.0.0_best_int", `${model}.traineddata.gz`);
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve(`@tesseract.js-data/${model}/package.json`)), file);
  } catch {
    // Bundlers can hide import.meta.url's real location; the project root's node_modules is the next best place.
    return path.join(process.cwd(), "node_modules", "@tesseract.js-data", model, file);
  }
}
