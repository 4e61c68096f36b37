// Dashboard: time to first content of the contractor page (1,000 certificates) and the review queue (500 flagged),
// signed in, in Debian's Chromium. Figures: navigation start → first contentful paint, and → the first row visible.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { chromium, type Page } from "@playwright/test";
import { waitForHealth } from "./20-end-to-end";
import { fmt, pct } from "./stats";

const PORT = Number(process.env.BENCH_DASHBOARD_PORT ?? 3599);
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 7);

async function measure(page: Page, url: string, selector: string) {
  const fcp: number[] = [];
  const firstRow: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    await page.goto("about:blank");
    const t0 = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector(selector, { state: "visible" });
    const rowMs = Date.now() - t0;
    const paintMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const found = performance.getEntriesByName("first-contentful-paint")[0];
          if (found) return resolve(found.startTime);
          new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: "paint", buffered: true });
        }),
    );
    if (run === 0) continue; // warm-up: the first visit compiles nothing but fills caches
    fcp.push(paintMs);
    firstRow.push(rowMs);
  }
  return { fcp, firstRow };
}

export default async function benchDashboard() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-bench-dashboard-"));
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/bench/dashboard-seed-and-start.ts"], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: "", SEED_DEMO: "off", RATE_LIMIT_PER_SECOND: "10000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    await waitForHealth(base, 300_000);
    const seeded = JSON.parse(fs.readFileSync(path.join(dataDir, "bench-org.json"), "utf8"));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill(seeded.admin.email);
    await page.getByLabel("Password").fill(seeded.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/contractors/);

    const contractor = await measure(page, `${base}/contractors/${seeded.contractorId}`, '[data-testid="certificate-row"]');
    const queue = await measure(page, `${base}/review`, '[data-testid="triage-item"]');
    const count = await page.locator('[data-testid="triage-count"]').textContent();
    console.log(`\nDashboard: time to first content, Chromium at 1280 px, signed in (${RUNS} runs after a warm-up)`);
    for (const [name, m] of [["contractor page, 1,000 certificates", contractor], [`review queue, ${count}`, queue]] as const) {
      console.log(`  ${name.padEnd(38)} first paint p50 ${fmt(pct(m.fcp, 50))}  max ${fmt(Math.max(...m.fcp))}   first row p50 ${fmt(pct(m.firstRow, 50))}  max ${fmt(Math.max(...m.firstRow))}`);
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
