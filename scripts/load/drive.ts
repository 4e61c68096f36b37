import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { generateCertificatePdf, sampleCertificate } from "../../lib/coi/generator";
import { startCountingReceiver } from "../bench/webhook-receiver";

// The load driver: N clients upload certificates as fast as the server answers, a background reader issues GETs
// at a fixed rate, and a webhook receiver (verifying signatures) records when each certificate's final event
// arrives. It then checks the books: every acknowledged upload exists once, is final, has the status its file
// deserves, has its bytes intact, and every event the API recorded reached the receiver.

export type DriveOptions = {
  base: string;
  secretKey: string;
  total: number;
  clients: number;
  /** Background GETs per second while uploads run (0: none). */
  readsPerSecond: number;
  /** Called after each acknowledged upload (n = how many so far): fault tests pull their triggers from here. */
  onAcknowledged?: (n: number) => void | Promise<void>;
  /** How long to wait, after the last upload, for every certificate to be final and every event delivered. */
  settleTimeoutMs: number;
  /** Check the stored bytes of every acknowledged upload (true) or of this many, spread evenly. */
  verifyFiles: true | number;
  log?: (line: string) => void;
};

export type Attempt = { file: number; at: number; outcome: "201" | "network" | "5xx" | "429" };

export type DriveResult = {
  acknowledged: Map<string, { file: number; t0: number; ackMs: number }>;
  uploadMs: number[];
  finalMs: number[];
  readMs: number[];
  readErrors: number;
  attempts: Attempt[];
  seconds: number;
  statuses: Record<string, number>;
  /** Invariant violations; empty means the run kept every promise. */
  problems: string[];
  /** Certificates that exist but were never acknowledged (none, when retries carry their Idempotency-Key). */
  unacknowledged: string[];
  events: { recorded: number; delivered: number; duplicateDeliveries: number; badSignatures: number };
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two certificates that read fast and land on different statuses: even files must be approved, odd flagged. */
async function makeVariants(): Promise<Uint8Array[]> {
  const now = new Date();
  const low = sampleCertificate({ now });
  low.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
  return Promise.all([generateCertificatePdf(sampleCertificate({ now }), { mode: "fillable" }), generateCertificatePdf(low, { mode: "fillable" })]);
}

/** The bench's counting receiver, also noting when each certificate's (first) event arrived. */
async function startReceiver() {
  const finalAt = new Map<string, number>();
  const receiver = await startCountingReceiver((event) => {
    const cert = event.data?.object?.id;
    if (cert && !finalAt.has(cert)) finalAt.set(cert, performance.now());
  });
  return { ...receiver, finalAt, deliveries: receiver.counts };
}

export async function drive(options: DriveOptions): Promise<DriveResult> {
  const { base, total, clients } = options;
  const log = options.log ?? (() => undefined);
  const auth = { Authorization: `Bearer ${options.secretKey}` };
  const api = async (method: string, p: string, body?: unknown): Promise<Json> => {
    // Setup and verification retry through faults too: they are not what is measured.
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(`${base}/api/v1${p}`, {
          method,
          headers: { ...auth, ...(body ? { "Content-Type": "application/json" } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        if (res.ok) return (await res.json()) as Json;
        if (res.status < 500 && res.status !== 429) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith(method)) throw err;
      }
      if (attempt > 600) throw new Error(`${method} ${p}: server unavailable`);
      await sleep(100);
    }
  };

  const receiver = await startReceiver();
  const variants = await makeVariants();
  const sha = variants.map((v) => createHash("sha256").update(v).digest("hex"));
  await api("POST", "/insurance_requirements", {
    name: "Load",
    rules: {
      coverages: { commercial_general_liability: { required: true, limits: { each_occurrence_dollars: 1_000_000 } }, workers_compensation: { required: true } },
      certificate_holder_name: "Client Corp Inc.",
      insured_name_matches_contractor: true,
      signature_required: true,
    },
  });
  const endpoint = await api("POST", "/webhook_endpoints", { url: receiver.url, events: ["certificate.approved", "certificate.flagged", "certificate.denied"] });
  receiver.state.secret = endpoint.secret;
  const contractors: string[] = [];
  for (let c = 0; c < clients; c++) {
    contractors.push((await api("POST", "/contractors", { email: `load-${c}@example.com`, company_name: "Acme Corporation LLC" })).id);
  }

  const acknowledged: DriveResult["acknowledged"] = new Map();
  const uploadMs: number[] = [];
  const attempts: Attempt[] = [];
  const ids: string[] = [];
  let next = 0;
  let uploading = true;
  const started = performance.now();

  const run = `${Date.now().toString(36)}-${process.pid}`;
  async function uploadOne(file: number, contractor: string) {
    const bytes = variants[file % 2];
    // One key per file, the same on every retry: a retry of an upload that did commit returns that certificate.
    const idempotencyKey = `load-${run}-${file}`;
    for (;;) {
      const form = new FormData();
      form.set("contractor", contractor);
      form.set("certificate", new Blob([Buffer.from(bytes)], { type: "application/pdf" }), `load-${file}.pdf`);
      const t0 = performance.now();
      let outcome: Attempt["outcome"];
      try {
        const res = await fetch(`${base}/api/v1/files/certificates`, { method: "POST", headers: { ...auth, "Idempotency-Key": idempotencyKey }, body: form });
        if (res.status === 201) {
          const cert = (await res.json()) as Json;
          const ackMs = performance.now() - t0;
          attempts.push({ file, at: t0, outcome: "201" });
          uploadMs.push(ackMs);
          acknowledged.set(cert.id, { file, t0, ackMs });
          ids.push(cert.id);
          await options.onAcknowledged?.(acknowledged.size);
          return;
        }
        const text = await res.text();
        if (res.status === 429) outcome = "429";
        else if (res.status >= 500) outcome = "5xx";
        else throw new Error(`upload ${file}: unexpected ${res.status} ${text}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith(`upload ${file}`)) throw err;
        outcome = "network";
      }
      // The server is down or failing: a client retries, as integrations do, with the same Idempotency-Key, so an
      // attempt whose response was lost after its commit does not make a second certificate.
      attempts.push({ file, at: t0, outcome });
      await sleep(200);
    }
  }

  const readMs: number[] = [];
  let readErrors = 0;
  async function backgroundReads() {
    if (!options.readsPerSecond) return;
    const interval = 1000 / options.readsPerSecond;
    const inflight = new Set<Promise<void>>();
    for (let n = 0; uploading; n++) {
      const due = started + n * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      // Reads are fired on schedule whatever the latency (an open-loop load): a slow server cannot slow the load.
      const path =
        n % 5 === 4 || ids.length === 0
          ? `/files/certificates?limit=25`
          : `/files/certificates/${ids[Math.floor(Math.random() * ids.length)]}${n % 5 === 3 ? "?expand[]=review_results" : ""}`;
      const p = (async () => {
        const t0 = performance.now();
        try {
          const res = await fetch(`${base}/api/v1${path}`, { headers: auth });
          await res.arrayBuffer();
          if (res.ok) readMs.push(performance.now() - t0);
          else readErrors++;
        } catch {
          readErrors++;
        }
      })();
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    }
    await Promise.all(inflight);
  }

  const reads = backgroundReads();
  let lastReport = 0;
  await Promise.all(
    contractors.map(async (contractor) => {
      while (next < total) {
        const file = next++;
        await uploadOne(file, contractor);
        if (acknowledged.size - lastReport >= Math.max(100, total / 10)) {
          lastReport = acknowledged.size;
          log(`  … ${acknowledged.size}/${total} uploads acknowledged, ${receiver.finalAt.size} final (${((performance.now() - started) / 1000).toFixed(0)} s)`);
        }
      }
    }),
  );
  uploading = false;
  await reads;

  // Settle: every acknowledged certificate's final event at the receiver.
  const deadline = Date.now() + options.settleTimeoutMs;
  while ([...acknowledged.keys()].some((id) => !receiver.finalAt.has(id)) && Date.now() < deadline) await sleep(200);
  const seconds = (performance.now() - started) / 1000;

  const problems: string[] = [];
  const finalMs: number[] = [];
  for (const [id, a] of acknowledged) {
    const at = receiver.finalAt.get(id);
    if (at === undefined) continue;
    finalMs.push(at - a.t0);
  }

  // The books, from the API: every certificate of the organization, page by page.
  const listed = new Map<string, Json>();
  for (let after: string | undefined; ; ) {
    const page = await api("GET", `/files/certificates?limit=100${after ? `&starting_after=${after}` : ""}`);
    for (const c of page.data as Json[]) {
      if (listed.has(c.id)) problems.push(`${c.id} listed twice`);
      listed.set(c.id, c);
    }
    if (!page.has_more) break;
    after = (page.data as Json[]).at(-1)!.id;
  }
  const statuses: Record<string, number> = {};
  for (const c of listed.values()) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
  for (const [id, a] of acknowledged) {
    const c = listed.get(id);
    if (!c) {
      problems.push(`${id} (file ${a.file}) acknowledged with 201 but not listed: lost`);
      continue;
    }
    const expected = a.file % 2 === 0 ? "approved" : "flagged";
    if (c.status !== expected) problems.push(`${id} (file ${a.file}) is ${c.status}, expected ${expected}${c.error ? `: ${c.error.message}` : ""}`);
    if (!receiver.finalAt.has(id)) problems.push(`${id} never reached the receiver as a final event`);
  }
  const unacknowledged = [...listed.keys()].filter((id) => !acknowledged.has(id));
  for (const id of unacknowledged) {
    const c = listed.get(id)!;
    problems.push(`${id} (${c.filename}, ${c.status}) exists but was never acknowledged: a duplicate`);
  }
  const perFile = new Map<number, number>();
  for (const a of acknowledged.values()) perFile.set(a.file, (perFile.get(a.file) ?? 0) + 1);
  for (const [file, n] of perFile) if (n > 1) problems.push(`file ${file} acknowledged ${n} times`);

  // No 201 without a stored file: the bytes served back are the bytes sent.
  const all = [...acknowledged.entries()];
  const sample = options.verifyFiles === true ? all : all.filter((_, i) => i % Math.max(1, Math.floor(all.length / (options.verifyFiles as number))) === 0);
  for (const [id, a] of sample) {
    const res = await fetch(`${base}/api/v1/files/certificates/${id}/pdf`, { headers: auth });
    const got = createHash("sha256").update(Buffer.from(await res.arrayBuffer())).digest("hex");
    if (res.status !== 200 || got !== sha[a.file % 2]) problems.push(`${id}: stored file missing or different (HTTP ${res.status})`);
  }

  // Every event recorded was delivered (to a receiver that verified its signature).
  const eventIds: string[] = [];
  for (let after: string | undefined; ; ) {
    const page = await api("GET", `/events?limit=100${after ? `&starting_after=${after}` : ""}`);
    eventIds.push(...(page.data as Json[]).map((e) => e.id as string));
    if (!page.has_more) break;
    after = (page.data as Json[]).at(-1)!.id;
  }
  const eventDeadline = Date.now() + options.settleTimeoutMs;
  while (eventIds.some((id) => !receiver.deliveries.has(id)) && Date.now() < eventDeadline) await sleep(200);
  const undelivered = eventIds.filter((id) => !receiver.deliveries.has(id));
  if (undelivered.length) problems.push(`${undelivered.length} event(s) never delivered, e.g. ${undelivered.slice(0, 3).join(", ")}`);
  if (receiver.state.badSignatures) problems.push(`${receiver.state.badSignatures} delivery(ies) with a bad signature`);
  const duplicateDeliveries = [...receiver.deliveries.values()].reduce((s, n) => s + n - 1, 0);
  await receiver.close();

  return {
    acknowledged,
    uploadMs,
    finalMs,
    readMs,
    readErrors,
    attempts,
    seconds,
    statuses,
    problems,
    unacknowledged,
    events: { recorded: eventIds.length, delivered: eventIds.length - undelivered.length, duplicateDeliveries, badSignatures: receiver.state.badSignatures },
  };
}
