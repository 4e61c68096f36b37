import { defineConfig } from "@playwright/test";
import { servers } from "./e2e/support/servers";

// Debian's Chromium: Playwright's own browser download cannot run on these machines.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const ui = { baseURL: `http://127.0.0.1:${servers[0].port}`, browserName: "chromium" as const, viewport: { width: 1280, height: 800 } };

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Bounds for hangs, not speed checks: a shared CI machine (one core busy elsewhere) can take several times longer
  // than a quiet one, so every wait for a state (a badge, a painted canvas) may take up to a minute. Speed is
  // measured by `npm run bench`, never asserted here.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/playwright.json" }]],
  use: { launchOptions: chromium, trace: "retain-on-failure" },
  projects: [
    ...servers.map((s) => ({
      name: `api-${s.name}`,
      testDir: "./e2e/api",
      use: { baseURL: `http://127.0.0.1:${s.port}` },
    })),
    // The dashboard in Debian's Chromium, against the embedded-database server: `setup` signs an admin in once
    // through the login form and saves the session; `ui` runs after it.
    { name: "setup", testDir: "./e2e/ui", testMatch: /.*\.setup\.ts/, use: ui },
    { name: "ui", testDir: "./e2e/ui", testIgnore: /.*\.setup\.ts/, dependencies: ["setup"], use: ui },
    // Load and faults, each spawning its own web and worker processes (and, for faults, its own PostgreSQL): they
    // run last and one at a time, so they neither slow the timing-sensitive tests above nor each other.
    // (`--project load --no-deps` runs them alone.)
    { name: "load", testDir: "./e2e/load", workers: 1, dependencies: [...servers.map((s) => `api-${s.name}`), "ui"] },
  ],
  webServer: servers.map((s) => ({
    command: "npx tsx scripts/provision-and-start.ts",
    url: `http://127.0.0.1:${s.port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(s.port),
      DATA_DIR: s.dataDir,
      DATABASE_URL: s.databaseUrl ?? "",
      SEED_DEMO: "off",
      ALLOW_PRIVATE_WEBHOOK_URLS: "true",
      RATE_LIMIT_PER_SECOND: "1000",
      TEST_ORG_POOL: "40",
      TEST_FRESH_DATA_DIR: "1",
      // Webhook retries in 1 s steps (six attempts in all), and an endpoint disabled after two deliveries that failed
      // every retry, so outage tests run in seconds.
      WEBHOOK_RETRY_SCHEDULE_SECONDS: "1,1,1,1,1",
      WEBHOOK_DISABLE_AFTER_FAILURES: "2",
      // Throttled sign-ins and bad keys wait 3 s, doubling up to 20 s (not 15 min): long enough that a refusal is
      // not outrun by a slow machine, short enough to wait out (e2e/api/throttle.spec.ts).
      AUTH_THROTTLE_BASE_MS: "3000",
      AUTH_THROTTLE_MAX_MS: "20000",
    },
  })),
});
