// `npm run bench`: measured figures, not a pass/fail test. Each module in scripts/bench/ (in name order) prints
// its own section; `npm run bench -- reader` runs only the modules whose name contains "reader".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

async function main() {
  const filter = process.argv[2];
  console.log(`Coverdesk bench — ${os.cpus().length} cores, Node ${process.version}`);
  const dir = path.join(__dirname, "bench");
  const modules = fs
    .readdirSync(dir)
    .filter((f) => /^\d+-.+\.ts$/.test(f) && (!filter || f.includes(filter)))
    .sort();
  for (const file of modules) {
    const mod = (await import(path.join(dir, file))) as { default: () => Promise<void> };
    await mod.default();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
