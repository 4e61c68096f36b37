import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { drive } from "../../scripts/load/drive";
import { PgCluster } from "../../scripts/load/pg-cluster";
import { formatDrive } from "../../scripts/load/report";
import { createScratchDatabase, scratchName } from "../../scripts/load/scratch-database";
import { Stack } from "../../scripts/load/stack";

// Faults under load, on a PostgreSQL server of the test's own (so crashing it spares the rest of the suite):
// kill -9 of the web process during uploads, kill -9 of a worker holding jobs, and a crash-restart of PostgreSQL.
// Afterwards: no 201 without its stored file, no certificate or stored file left behind unfinished, every event
// delivered. Uploads whose response the fault swallowed are retried by the clients, as integrations do.
test("kill -9 of web and of a worker, and PostgreSQL crash-restarted, under load: nothing lost or stuck", async () => {
  test.setTimeout(420_000);
  const cluster = await PgCluster.create();
  const db = await createScratchDatabase(cluster.url, scratchName("coverdesk_faults"));
  const stack = new Stack({
    databaseUrl: db.url,
    port: Number(process.env.TEST_FAULTS_PORT ?? 3115),
    workers: 2,
    env: {
      // A dead worker's jobs come back after 8 s instead of 150 s; the sweep looks every 5 s.
      JOB_EXPIRE_SECONDS: "8",
      JOB_MAINTENANCE_SECONDS: "1",
      SWEEP_INTERVAL_SECONDS: "5",
      SWEEP_STALE_SECONDS: "20",
      WEBHOOK_RETRY_SCHEDULE_SECONDS: "1,1,2,2,5,10,10,10",
      // A delivery sent just before PostgreSQL went down, whose success could not be recorded, is sent again once
      // its claim runs out: 2 s + 3 s here instead of 10 s + 60 s.
      WEBHOOK_TIMEOUT_MS: "2000",
      WEBHOOK_LEASE_MARGIN_SECONDS: "3",
    },
  });
  const timeline: string[] = [];
  const started = Date.now();
  const mark = (what: string) => timeline.push(`${((Date.now() - started) / 1000).toFixed(1)} s  ${what}`);
  const faults: Promise<void>[] = [];
  let activeAtKill = 0;
  try {
    const org = await stack.createOrganization("Faults");
    await stack.start();
    // Worker 0 holds each job for 1.5 s, so that when it is killed it certainly has jobs in hand.
    await stack.killWorker(0);
    await stack.startWorker(0, { COVERDESK_TEST_PROCESS_DELAY_MS: "1500" });
    const fired = new Set<string>();
    // Acknowledged uploads when each fault had recovered: the next one strikes 50 uploads later.
    const recovered = new Map<string, number>();
    let acks = 0;
    const once = (name: string, fault: () => Promise<void>) => {
      if (fired.has(name)) return;
      fired.add(name);
      faults.push(fault());
    };
    const result = await drive({
      base: stack.base,
      secretKey: org.secretKey,
      total: 400,
      clients: 50,
      readsPerSecond: 20,
      settleTimeoutMs: 180_000,
      verifyFiles: true,
      // One fault at a time, 50 acknowledged uploads apart, all while the clients keep uploading. Worker 0 stays
      // down through the database crash (worker 1 lives through it) and comes back after.
      onAcknowledged: (n) => {
        acks = n;
        if (n >= 60)
          once("web", async () => {
            mark("kill -9 web");
            await stack.killWeb();
            await stack.startWeb();
            mark("web back");
            recovered.set("web", acks);
          });
        if (recovered.has("web") && n >= recovered.get("web")! + 50)
          once("worker", async () => {
            activeAtKill = Number((await stack.query(`select count(*) from pgboss.job where state = 'active'`)).rows[0].count);
            mark(`kill -9 worker 0 (${activeAtKill} jobs active)`);
            await stack.killWorker(0);
            recovered.set("worker", acks);
          });
        if (recovered.has("worker") && n >= recovered.get("worker")! + 50)
          once("postgres", async () => {
            mark("PostgreSQL crash (immediate stop)");
            await cluster.restart("immediate", 2000);
            mark("PostgreSQL back");
            await stack.startWorker(0);
            mark("worker 0 back");
          });
      },
    });
    await Promise.all(faults);
    console.log(formatDrive("400 uploads by 50 clients under faults", result));
    console.log(timeline.join("\n"));
    expect(fired.size, "every fault was injected during the uploads").toBe(3);
    expect(result.problems, stack.logs()).toEqual([]);
    expect(result.acknowledged.size).toBe(400);
    // The faults did bite: some attempts were cut off and retried.
    expect(result.attempts.filter((a) => a.outcome !== "201").length).toBeGreaterThan(0);
    expect(activeAtKill).toBeGreaterThan(0);

    // The database's own view: nothing unfinished, no stored file without its certificate, and at least one job
    // that a kill interrupted was run again.
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const unfinished = await c.query(`select id, status from certificates where status in ('pending', 'processing')`);
      expect(unfinished.rows).toEqual([]);
      const orphans = await c.query(`select storage_key from certificate_files f where not exists (select 1 from certificates c where c.storage_key = f.storage_key)`);
      expect(orphans.rows).toEqual([]);
      const retried = await c.query(`select count(*)::int as n from pgboss.job where name = 'certificate-process' and retry_count > 0`);
      expect(retried.rows[0].n).toBeGreaterThan(0);
      // The outbox's own books settle too: a delivery whose success went unrecorded is re-sent after its lease.
      await expect
        .poll(async () => (await c.query(`select count(*)::int as n from webhook_deliveries where status <> 'succeeded'`)).rows[0].n, { timeout: 30_000 })
        .toBe(0);
    } finally {
      await c.end();
    }
  } finally {
    // The private server goes away whatever else fails here: a leftover one would outlive the run.
    try {
      await Promise.allSettled(faults);
      await stack.stop();
      await db.drop().catch(() => undefined);
    } finally {
      cluster.stop();
    }
  }
});

// The shipped default: `npm start` on the embedded database, workers in the same process, files on disk. A kill -9
// mid-upload must lose no acknowledged upload, and a file written just before the kill whose row never committed
// is removed when the server starts again.
test("kill -9 of `npm start` on the embedded database during uploads: nothing lost, orphaned files removed", async () => {
  test.setTimeout(300_000);
  const stack = new Stack({ databaseUrl: "", port: Number(process.env.TEST_FAULTS_PORT ?? 3115) + 1, workers: 0, env: { ORPHAN_GRACE_SECONDS: "0" } });
  let restart: Promise<void> | undefined;
  try {
    const org = await stack.createOrganization("Embedded faults");
    await stack.start();
    const result = await drive({
      base: stack.base,
      secretKey: org.secretKey,
      total: 200,
      clients: 20,
      readsPerSecond: 10,
      settleTimeoutMs: 120_000,
      verifyFiles: true,
      onAcknowledged: (n) => {
        if (n === 60)
          restart = (async () => {
            await stack.killWeb();
            await stack.startWeb();
          })();
      },
    });
    await restart;
    console.log(formatDrive("200 uploads by 20 clients, `npm start` killed with SIGKILL once (embedded database)", result));
    expect(result.problems, stack.logs()).toEqual([]);
    expect(result.acknowledged.size).toBe(200);
    expect(result.attempts.filter((a) => a.outcome !== "201").length).toBeGreaterThan(0);
    const files = fs.readdirSync(path.join(stack.dataDir, "files", org.organizationId));
    expect(files.filter((f) => !f.endsWith(".pdf"))).toEqual([]);
    expect(files.length).toBe(result.acknowledged.size + result.unacknowledged.length);
    const removed = /removed (\d+) orphaned file/.exec(stack.logs(1_000_000))?.[1] ?? "0";
    console.log(`orphaned files removed at restart: ${removed}; certificates from unanswered attempts: ${result.unacknowledged.length}`);
  } finally {
    await restart?.catch(() => undefined);
    await stack.stop();
  }
});
