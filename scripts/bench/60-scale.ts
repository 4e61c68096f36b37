// Scale of data: a real server on a fresh PostgreSQL database (on BENCH_DATABASE_URL's server, else 127.0.0.1:5432),
// BENCH_SCALE_CERTIFICATES (100,000) certificates seeded into one organization, then list and get over HTTP with its
// API key: BENCH_SCALE_REQUESTS (500) requests per case, one at a time and then 4 at a time. Target: p95 < 50 ms.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { spawn } from "node:child_process";
import { Client } from "pg";
import { waitForHealth } from "./20-end-to-end";
import { createScratchDatabase, scratchName } from "../load/scratch-database";
import { seedScale } from "./scale-seed";
import { fmt, pct } from "./stats";

const COUNT = Number(process.env.BENCH_SCALE_CERTIFICATES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_SCALE_REQUESTS ?? 500);
const PORT = Number(process.env.BENCH_SCALE_PORT ?? 3699);
const TARGET_MS = 50;

type Sample = { certificateIds: string[]; contractorIds: string[] };
type Case = { name: string; path: (s: Sample) => string; target?: boolean };

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

const cases: Case[] = [
  { name: "list, first page (limit 10)", path: () => "/files/certificates" },
  { name: "list, limit=100", path: () => "/files/certificates?limit=100" },
  { name: "list, deep page (starting_after a random one)", path: (s) => `/files/certificates?starting_after=${pick(s.certificateIds)}` },
  { name: "list by contractor", path: (s) => `/files/certificates?contractor=${pick(s.contractorIds)}` },
  { name: "list by status=flagged", path: () => "/files/certificates?status=flagged" },
  { name: "review queue (flagged,error, oldest first, 50)", path: () => "/files/certificates?status=flagged,error&order=asc&limit=50&expand[]=review_results" },
  { name: "get (random id)", path: (s) => `/files/certificates/${pick(s.certificateIds)}` },
  { name: "get, expand[]=review_results[full]", path: (s) => `/files/certificates/${pick(s.certificateIds)}?expand[]=review_results[full]` },
  // Counts over every row of the organization: shown for the dashboard's sake, not held to the list-and-get target.
  { name: "certificate_stats (overview, aggregates)", path: () => "/certificate_stats", target: false },
];

async function withClient<T>(databaseUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function measure(base: string, secret: string, sample: Sample, c: Case, concurrency: number): Promise<number[]> {
  const once = async () => {
    const p = c.path(sample);
    const t = performance.now();
    const res = await fetch(`${base}/api/v1${p}`, { headers: { Authorization: `Bearer ${secret}` } });
    const body = await res.text();
    const ms = performance.now() - t;
    if (res.status !== 200) throw new Error(`${p}: ${res.status} ${body.slice(0, 300)}`);
    return ms;
  };
  for (let i = 0; i < 20; i++) await once(); // warm-up: route compilation, connection pool, caches
  const times: number[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started++ < REQUESTS) times.push(await once());
    }),
  );
  return times;
}

export default async function benchScale() {
  const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const { url: databaseUrl, drop } = await createScratchDatabase(serverUrl, scratchName("coverdesk_bench_scale"));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-bench-scale-"));
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/provision-and-start.ts"], {
    env: {
      ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SEED_DEMO: "off", TEST_ORG_POOL: "1",
      WORKER: "off", RATE_LIMIT_PER_SECOND: "100000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForHealth(base, 300_000);
    const [org] = JSON.parse(fs.readFileSync(path.join(dataDir, "test-orgs.json"), "utf8"));
    const organizationId = org.organization.id as string;
    const seeded = await seedScale({ databaseUrl, organizationId, count: COUNT });
    const sample = await withClient(databaseUrl, async (c) => {
      const { rows } = await c.query(
        `select id, contractor_id from certificates where organization_id = $1 and deleted_at is null order by random() limit 2000`,
        [organizationId],
      );
      return { certificateIds: rows.map((r) => r.id as string), contractorIds: rows.map((r) => r.contractor_id as string) };
    });

    console.log(`\nScale: ${COUNT.toLocaleString("en-US")} certificates in one organization, PostgreSQL, over HTTP (${REQUESTS} requests per case)`);
    console.log(
      `  seeded ${seeded.certificates} certificates, ${seeded.reviewResults} review results, ${seeded.auditResults} audit results, ` +
        `${seeded.contractors} contractors in ${(seeded.ms / 1000).toFixed(1)} s ${JSON.stringify(seeded.steps)}`,
    );
    for (const concurrency of [1, 4]) {
      console.log(`  ${concurrency === 1 ? "sequential" : `concurrency ${concurrency}`}`);
      for (const c of cases) {
        const times = await measure(base, org.secret_key, sample, c, concurrency);
        const p95 = pct(times, 95);
        const verdict = c.target === false ? "(no target)" : p95 < TARGET_MS ? `p95 < ${TARGET_MS} ms ✓` : `p95 ≥ ${TARGET_MS} ms ✗`;
        console.log(`    ${c.name.padEnd(50)} p50 ${fmt(pct(times, 50)).padStart(8)}  p95 ${fmt(p95).padStart(8)}  p99 ${fmt(pct(times, 99)).padStart(8)}  ${verdict}`);
      }
    }
  } finally {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    await drop();
  }
}
