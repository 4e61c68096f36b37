// `npm start`: build if needed, migrate, seed the demo organization, then serve the dashboard and the API on PORT
// with the certificate workers in the same process (WORKER=off keeps them out; run `npm run worker` instead).
import http from "node:http";
import { buildIfNeeded } from "./build-if-needed";

(process.env as Record<string, string>).NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

async function main() {
  buildIfNeeded();
  const { env } = await import("../lib/env");
  const { migrateDatabase } = await import("../lib/db/migrate");
  const { closeDb } = await import("../lib/db/client");
  const { whenDatabaseReady } = await import("../lib/db/wait-for-database");
  const config = env();
  // Before anything writes there: directories 0700, files 0600, existing installs included (PostgreSQL too: the
  // server secret and, with STORAGE=fs, uploads live in DATA_DIR).
  const { restrictDataDir } = await import("../lib/storage/private-files");
  restrictDataDir(config.dataDir);
  await whenDatabaseReady("the server", migrateDatabase);
  const { ensureAuthSecret } = await import("../lib/auth/auth-secret");
  ensureAuthSecret(config.dataDir);
  const { sealPlaintextWebhookSecrets } = await import("../lib/server/webhook-endpoints/seal-plaintext-webhook-secrets");
  await sealPlaintextWebhookSecrets();
  if (config.SEED_DEMO === "on") {
    const { seedDemo } = await import("../lib/server/demo/seed-demo");
    await seedDemo({ port: config.PORT });
  }

  const { startWorkers, stopWorkers } = await import("../lib/jobs/worker");
  const { getBoss, stopBoss } = await import("../lib/jobs/boss");
  if (config.WORKER === "on") await startWorkers({ concurrency: config.WORKER_CONCURRENCY });
  else await getBoss("web");

  const next = (await import("next")).default;
  const app = next({ dev: false, dir: process.cwd(), port: config.PORT, hostname: "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const { refuseMalformedUrl } = await import("../lib/api/malformed-url");
  const server = http.createServer((req, res) => {
    if (!refuseMalformedUrl(req, res)) void handle(req, res);
  });
  server.requestTimeout = 120_000;
  server.listen(config.PORT, () => {
    console.log(`[start] Coverdesk ready on http://localhost:${config.PORT} (${config.DATABASE_URL ? "PostgreSQL" : `embedded database in ${config.dataDir}`}, workers ${config.WORKER})`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[start] ${signal}: finishing in-flight work…`);
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    server.close();
    server.closeIdleConnections();
    await (config.WORKER === "on" ? stopWorkers() : stopBoss()).catch((e) => console.error(e));
    await closeDb().catch((e) => console.error(e));
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  console.error("[start] failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
