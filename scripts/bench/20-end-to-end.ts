// End to end: a real server (embedded database by default, BENCH_DATABASE_URL for PostgreSQL), BENCH_UPLOADS uploads
// at BENCH_CONCURRENCY over HTTP: upload latency, upload-to-final latency (p50/p95) and certificates per second.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { spawn } from "node:child_process";
import { generateCertificatePdf, sampleCertificate } from "../../lib/coi/generator";
import { fmt, pct } from "./stats";

const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3199);

export async function waitForHealth(base: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

export default async function benchEndToEnd() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-bench-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/provision-and-start.ts"], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SEED_DEMO: "off", TEST_ORG_POOL: "1", RATE_LIMIT_PER_SECOND: "10000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    await waitForHealth(base, 300_000);
    const [org] = JSON.parse(fs.readFileSync(path.join(dataDir, "test-orgs.json"), "utf8"));
    const auth = { Authorization: `Bearer ${org.secret_key}` };
    const json = async (res: Promise<Response>) => {
      const r = await res;
      if (!r.ok) throw new Error(`${r.status} ${await r.text()}`);
      return r.json();
    };
    const post = (p: string, body: unknown) =>
      json(fetch(`${base}/api/v1${p}`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify(body) }));
    await post("/insurance_requirements", {
      name: "Bench",
      rules: {
        coverages: { commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000 } }, workers_compensation: { required: true } },
        certificate_holder_name: "Client Corp Inc.",
        insured_name_matches_contractor: true,
        signature_required: true,
      },
    });
    const contractor = await post("/contractors", { email: "bench@example.com", company_name: "Acme Corporation LLC" });
    const now = new Date();
    const variants = await Promise.all([
      generateCertificatePdf(sampleCertificate({ now }), { mode: "fillable" }),
      generateCertificatePdf(
        (() => {
          const d = sampleCertificate({ now });
          d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
          return d;
        })(),
        { mode: "fillable" },
      ),
    ]);

    const uploadMs: number[] = [];
    const finalMs: number[] = [];
    const statuses: Record<string, number> = {};
    let next = 0;
    const started = performance.now();
    async function one(i: number) {
      const form = new FormData();
      form.set("contractor", contractor.id);
      form.set("certificate", new Blob([Buffer.from(variants[i % variants.length])], { type: "application/pdf" }), `bench-${i}.pdf`);
      const t0 = performance.now();
      const cert = await json(fetch(`${base}/api/v1/files/certificates`, { method: "POST", headers: auth, body: form }));
      uploadMs.push(performance.now() - t0);
      for (;;) {
        const got = await json(fetch(`${base}/api/v1/files/certificates/${cert.id}`, { headers: auth }));
        if (!["pending", "processing"].includes(got.status)) {
          finalMs.push(performance.now() - t0);
          statuses[got.status] = (statuses[got.status] ?? 0) + 1;
          return;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < UPLOADS) await one(next++);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`\nEnd to end: ${UPLOADS} uploads at concurrency ${CONCURRENCY} over HTTP (${databaseUrl ? "PostgreSQL" : "embedded PGlite"}, in-process workers)`);
    console.log(`  upload (201)        p50 ${fmt(pct(uploadMs, 50))}  p95 ${fmt(pct(uploadMs, 95))}`);
    console.log(`  upload → final      p50 ${fmt(pct(finalMs, 50))}  p95 ${fmt(pct(finalMs, 95))}`);
    console.log(`  throughput          ${(UPLOADS / seconds).toFixed(1)} certificates/s (${seconds.toFixed(1)} s in all)`);
    console.log(`  final statuses      ${JSON.stringify(statuses)}`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

