// Webhooks: BENCH_WEBHOOK_EVENTS (default 1,000) events to one loopback endpoint. Part 1 is the whole product over
// HTTP: events come from real status changes (uploads that end flagged, then a reviewer approving and unapproving
// the failed rule, each change one event) while the in-process dispatcher delivers them. Part 2 measures the
// dispatcher alone, draining an outbox filled beforehand (scripts/bench/webhook-drain.ts, in a child process).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { spawn, spawnSync } from "node:child_process";
import { generateCertificatePdf, sampleCertificate } from "../../lib/coi/generator";
import { waitForHealth } from "./20-end-to-end";
import { startCountingReceiver } from "./webhook-receiver";

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1000);
const CERTS = Number(process.env.BENCH_WEBHOOK_CERTS ?? 20); // parallel chains of approve/unapprove
const PORT = Number(process.env.BENCH_WEBHOOK_PORT ?? 3399);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const lag = (ms: number) => (ms <= 0 ? `${(-ms).toFixed(0)} ms before` : `${ms.toFixed(0)} ms after`);

export default async function benchWebhooks() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-bench-wh-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/provision-and-start.ts"], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SEED_DEMO: "off", TEST_ORG_POOL: "1", RATE_LIMIT_PER_SECOND: "10000", ALLOW_PRIVATE_WEBHOOK_URLS: "true" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${PORT}`;
  const receiver = await startCountingReceiver();
  try {
    await waitForHealth(base, 300_000);
    const [org] = JSON.parse(fs.readFileSync(path.join(dataDir, "test-orgs.json"), "utf8"));
    const auth = { Authorization: `Bearer ${org.secret_key}` };
    const call = async (method: string, p: string, body?: unknown): Promise<Json> => {
      const r = await fetch(`${base}/api/v1${p}`, { method, headers: { ...auth, "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!r.ok) throw new Error(`${method} ${p}: ${r.status} ${await r.text()}`);
      return r.json();
    };
    await call("POST", "/insurance_requirements", {
      name: "Bench",
      rules: { coverages: { commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000 } } } },
    });
    const contractor = await call("POST", "/contractors", { email: "bench@example.com", company_name: "Acme Corporation LLC" });
    const endpoint = await call("POST", "/webhook_endpoints", { url: receiver.url });
    receiver.state.secret = endpoint.secret;
    const desc = sampleCertificate({ now: new Date() });
    desc.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
    const pdf = Buffer.from(await generateCertificatePdf(desc, { mode: "fillable" }));

    let produced = 0;
    const started = performance.now();
    async function chain(i: number) {
      const form = new FormData();
      form.set("contractor", contractor.id);
      form.set("certificate", new Blob([pdf], { type: "application/pdf" }), `wh-${i}.pdf`);
      const up = await fetch(`${base}/api/v1/files/certificates`, { method: "POST", headers: auth, body: form });
      const id = ((await up.json()) as Json).id;
      produced++;
      let cert: Json;
      do {
        await new Promise((r) => setTimeout(r, 20));
        cert = await call("GET", `/files/certificates/${id}?expand[]=review_results.full`);
      } while (["pending", "processing"].includes(cert.status));
      const rule = cert.review_results.audit_results.find((a: Json) => a.result === "fail");
      for (let approve = true; produced < EVENTS; approve = !approve) {
        produced++;
        await call("POST", `/files/certificates/${id}/audit_results/${rule.id}/${approve ? "approve" : "unapprove"}`);
      }
    }
    await Promise.all(Array.from({ length: Math.min(CERTS, EVENTS) }, (_, i) => chain(i)));
    const producedAt = performance.now();
    await receiver.waitFor(EVENTS, 120_000);
    const deliveredAt = receiver.state.lastAt;
    await new Promise((r) => setTimeout(r, 2000)); // room for a duplicate to show up

    const eventIds: string[] = [];
    for (let after: string | undefined; ; ) {
      const page = await call("GET", `/events?limit=100${after ? `&starting_after=${after}` : ""}`);
      eventIds.push(...page.data.map((e: Json) => e.id));
      if (!page.has_more) break;
      after = page.data.at(-1).id;
    }
    const t = receiver.tally(eventIds);
    const seconds = (deliveredAt - started) / 1000;
    const ok = eventIds.length === EVENTS && t.distinct === EVENTS && t.duplicates === 0 && t.missing === 0 && t.badSignatures === 0;
    console.log(`\nWebhooks: ${EVENTS} events to one loopback endpoint (${databaseUrl ? "PostgreSQL" : "embedded PGlite"}, in-process dispatcher)`);
    console.log(`  produced            ${eventIds.length} events in ${((producedAt - started) / 1000).toFixed(1)} s over HTTP (${Math.min(CERTS, EVENTS)} uploads, then rule approve/unapprove)`);
    console.log(`  delivered           ${t.distinct} in ${seconds.toFixed(1)} s → ${(t.distinct / seconds).toFixed(0)} deliveries/s while being produced; the last arrived ${lag(deliveredAt - producedAt)} the last status change's response`);
    console.log(`  exactly once        ${ok ? "yes" : "NO"} (${t.duplicates} duplicates, ${t.missing} missing, ${t.badSignatures} bad signatures)`);
  } finally {
    await receiver.close();
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const drain = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/webhook-drain.ts"], {
    env: { ...process.env, BENCH_WEBHOOK_EVENTS: String(EVENTS) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (drain.status !== 0) throw new Error("webhook drain bench failed");
}
