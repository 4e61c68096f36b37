import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
const INPUTS = ["app", "components", "lib", "public"];
const FILES = ["next.config.js", "proxy.ts", "package-lock.json", "tsconfig.json", "tailwind.config.ts", "postcss.config.mjs"];
const STAMP = path.join(ROOT, ".next", "coverdesk-source.sha256");

function walk(dir: string, out: string[]) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (!entry.name.endsWith(".test.ts")) out.push(full);
  }
}

/** A fingerprint of everything the Next build reads: path, size and mtime, cheap enough for every start. */
function sourceFingerprint(): string {
  const files: string[] = [];
  for (const dir of INPUTS) walk(path.join(ROOT, dir), files);
  for (const f of FILES) if (fs.existsSync(path.join(ROOT, f))) files.push(path.join(ROOT, f));
  const hash = createHash("sha256");
  for (const f of files.sort()) {
    const st = fs.statSync(f);
    hash.update(`${path.relative(ROOT, f)}:${st.size}:${st.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/** `npm start` builds on a fresh clone and after source changes, and skips the build otherwise (< 1 s start). */
export function buildIfNeeded(): void {
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
  if (built && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fingerprint) return;
  console.log("[start] building the app (next build)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
  fs.writeFileSync(STAMP, fingerprint);
}

if (require.main === module) buildIfNeeded();
