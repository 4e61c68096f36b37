// `npm run worker`: certificate workers without the web server, for scaling web and workers apart on PostgreSQL.
import os from "node:os";
import { closeDb } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { whenDatabaseReady } from "../lib/db/wait-for-database";
import { ensureAuthSecret } from "../lib/auth/auth-secret";
import { env } from "../lib/env";
import { sealPlaintextWebhookSecrets } from "../lib/server/webhook-endpoints/seal-plaintext-webhook-secrets";
import { restrictDataDir } from "../lib/storage/private-files";
import { startWorkers, stopWorkers } from "../lib/jobs/worker";

async function main() {
  const config = env();
  // Certificate processing is batch work: where workers share a host with the web server, the API answers first.
  // Set before any thread starts (Linux priorities are per thread; new threads inherit their creator's).
  try {
    os.setPriority(Number(process.env.WORKER_NICE ?? 10));
  } catch {
    // not permitted here: run at normal priority
  }
  if (!config.DATABASE_URL) {
    console.warn("[worker] no DATABASE_URL: the embedded database allows one process; `npm start` already runs workers.");
  }
  restrictDataDir(config.dataDir);
  await whenDatabaseReady("the worker", migrateDatabase);
  // The dispatcher signs with secrets sealed under the server secret: the same NEXTAUTH_SECRET as the web hosts
  // (or, on the web's own host, the one it generated into DATA_DIR).
  ensureAuthSecret(config.dataDir);
  await sealPlaintextWebhookSecrets();
  await startWorkers({ concurrency: config.WORKER_CONCURRENCY });
  console.log(`[worker] ${config.WORKER_CONCURRENCY} certificate worker(s) running (pid ${process.pid})`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    await stopWorkers().catch((e) => console.error(e));
    await closeDb().catch((e) => console.error(e));
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
}

main().catch((err) => {
  console.error("[worker] failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
