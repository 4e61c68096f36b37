import fs from "node:fs";
import path from "node:path";
import { isMainThread } from "node:worker_threads";

// Everything under DATA_DIR is the server's alone: the embedded database, uploaded certificates, the generated
// server secret. Directories 0700, files 0600, whatever umask the process was started with.
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

type Global = { __coverdeskPrivateDirs?: Set<string> };
const g = globalThis as unknown as Global;

/**
 * Creates DATA_DIR private and makes what is already in it private: installs from before this rule wrote 0755
 * directories and PGlite's 0644 files. Runs once per directory and process, before anything opens the directory;
 * from then on umask 077 makes every new file private too, including those PGlite and other libraries create.
 */
export function restrictDataDir(dataDir: string): void {
  const root = path.resolve(dataDir);
  g.__coverdeskPrivateDirs ??= new Set();
  if (g.__coverdeskPrivateDirs.has(root)) return;
  // umask is per process and cannot be set from a worker thread; the main thread's applies to all of them.
  if (isMainThread) process.umask(0o077);
  fs.mkdirSync(root, { recursive: true, mode: PRIVATE_DIR_MODE });
  restrictTree(root);
  g.__coverdeskPrivateDirs.add(root);
}

/**
 * PGlite's file layer sets its files' modes itself (0666, umask or not): after it has created its data directory,
 * its files are tightened here. Those it creates while running stay 0666 until the next start, but sit in 0700
 * directories, which no other account can enter.
 */
export function restrictTree(dir: string): void {
  chmodIfNeeded(dir, PRIVATE_DIR_MODE);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Links are left alone: chmod would follow one out of DATA_DIR.
    if (entry.isDirectory()) restrictTree(full);
    else if (entry.isFile()) chmodIfNeeded(full, PRIVATE_FILE_MODE);
  }
}

function chmodIfNeeded(target: string, mode: number): void {
  try {
    if ((fs.lstatSync(target).mode & 0o777) !== mode) fs.chmodSync(target, mode);
  } catch (err) {
    // A file removed meanwhile (a .tmp being renamed) is no longer ours to protect.
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
}
