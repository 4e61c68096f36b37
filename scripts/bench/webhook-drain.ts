// Child process of 40-webhooks: the dispatcher alone. Fills the outbox with BENCH_WEBHOOK_EVENTS events (through the
// same recordCertificateEvent the status changes use) before any dispatcher runs, then times the drain to a loopback
// receiver. Its own embedded database (or BENCH_DATABASE_URL), so nothing else competes for it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startCountingReceiver } from "./webhook-receiver";

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1000);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-bench-drain-"));
  Object.assign(process.env, { DATA_DIR: dataDir, DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "", ALLOW_PRIVATE_WEBHOOK_URLS: "true" });
  // Webhook secrets are sealed under a key from the server secret, as in `npm start`.
  (await import("../../lib/auth/auth-secret")).ensureAuthSecret(dataDir);
  const { getDb, closeDb } = await import("../../lib/db/client");
  const { migrateDatabase } = await import("../../lib/db/migrate");
  const { createOrganization } = await import("../../lib/server/organizations/create-organization");
  const { createWebhookEndpoint } = await import("../../lib/server/webhook-endpoints/create-webhook-endpoint");
  const { recordCertificateEvent } = await import("../../lib/server/events/record-event");
  const { startWebhookDispatcher, stopWebhookDispatcher } = await import("../../lib/webhooks/dispatcher");
  const { webhookConfig } = await import("../../lib/webhooks/config");
  const { newId } = await import("../../lib/ids");
  const receiver = await startCountingReceiver();
  try {
    await migrateDatabase();
    const { organization } = await createOrganization({ name: "Drain bench", adminEmail: `drain-${Date.now()}@bench.coverdesk.dev`, adminPassword: "bench-password-1" });
    const endpoint = await createWebhookEndpoint({ organizationId: organization.id, input: { url: receiver.url } });
    receiver.state.secret = endpoint.secret;
    const db = await getDb();
    const eventIds: string[] = [];
    for (let done = 0; done < EVENTS; ) {
      const batch = Math.min(100, EVENTS - done);
      await db.transaction(async (tx) => {
        for (let i = 0; i < batch; i++) {
          const status = (["approved", "flagged", "denied"] as const)[(done + i) % 3];
          // Only the fields the event carries; no certificate row is needed for the outbox.
          const cert = { id: newId("certificate"), organizationId: organization.id, contractorId: newId("contractor"), status, createdAt: new Date() };
          eventIds.push((await recordCertificateEvent(tx, cert as Parameters<typeof recordCertificateEvent>[1])).id);
        }
      });
      done += batch;
    }
    const started = performance.now();
    startWebhookDispatcher();
    await receiver.waitFor(EVENTS, 120_000);
    const seconds = (receiver.state.lastAt - started) / 1000;
    await new Promise((r) => setTimeout(r, 1000));
    const t = receiver.tally(eventIds);
    const ok = t.distinct === EVENTS && t.duplicates === 0 && t.missing === 0 && t.badSignatures === 0;
    console.log(`  dispatcher alone    ${t.distinct} queued deliveries drained in ${seconds.toFixed(2)} s → ${(t.distinct / seconds).toFixed(0)} deliveries/s (concurrency ${webhookConfig().concurrency}); exactly once: ${ok ? "yes" : "NO"} (${t.duplicates} duplicates, ${t.missing} missing, ${t.badSignatures} bad signatures)`);
    await stopWebhookDispatcher();
  } finally {
    await receiver.close();
    await closeDb();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
