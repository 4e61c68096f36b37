import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { request as pwRequest } from "@playwright/test";
import { expect, test, standardRules } from "../support/fixtures";
import { fillablePdf } from "../support/certificates";
import { spawnScript, stop, waitFor, type Spawned } from "../../scripts/load/processes";
import { createScratchDatabase, scratchName } from "../../scripts/load/scratch-database";

// Web and workers scaled apart on PostgreSQL: a standalone worker killed with SIGKILL while it holds a job must not
// leave the certificate stuck. Runs on a database of its own so the suite's other servers cannot take the job.
test.describe("a worker killed mid-job", () => {
  test.setTimeout(180_000);

  const spawned: Spawned[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;
  test.afterAll(async () => {
    for (const s of spawned) await stop(s, "SIGKILL");
    await dropDatabase?.();
  });

  test("kill -9 of a standalone worker during processing: the certificate still reaches a final status", async () => {
    test.skip(!test.info().project.name.endsWith("postgres"), "needs PostgreSQL (web and workers in separate processes)");
    const dbName = scratchName("coverdesk_crash");
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, dbName);
    dropDatabase = scratch.drop;
    const port = Number(process.env.TEST_CRASH_PORT ?? 3113);
    const common = {
      DATABASE_URL: scratch.url,
      DATA_DIR: path.join(os.tmpdir(), dbName),
      JOB_EXPIRE_SECONDS: "4",
      JOB_MAINTENANCE_SECONDS: "1",
      SEED_DEMO: "off",
      WORKER_CONCURRENCY: "1",
    };

    const web = spawnScript("scripts/start.ts", { ...common, PORT: String(port), WORKER: "off" });
    spawned.push(web);
    const doomed = spawnScript("scripts/worker.ts", { ...common, COVERDESK_TEST_PROCESS_DELAY_MS: "60000" });
    spawned.push(doomed);

    const anonymous = await pwRequest.newContext({ baseURL: `http://127.0.0.1:${port}` });
    await waitFor("web server", async () => (await anonymous.get("/api/health")).ok(), 90_000, spawned);
    // The CLI works while the server runs on PostgreSQL, and its key works at once.
    const org = JSON.parse(
      execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/cli.ts", "org:create", "--name", "Crash Org", "--admin-email", `crash-${Date.now()}@test.dev`, "--admin-password", "crash-password-1"], {
        env: { ...process.env, ...common },
        encoding: "utf8",
      }),
    );
    const api = await pwRequest.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      extraHTTPHeaders: { Authorization: `Bearer ${org.secret_key}` },
    });
    await waitFor("doomed worker", async () => doomed.output().includes("worker(s) running"), 60_000, spawned);

    expect((await api.post("/api/v1/insurance_requirements", { data: { name: "Std", rules: standardRules() } })).status()).toBe(201);
    const contractor = await (await api.post("/api/v1/contractors", { data: { email: "k@example.com", company_name: "Acme Corporation LLC" } })).json();
    const upload = await api.post("/api/v1/files/certificates", {
      multipart: { contractor: contractor.id, certificate: { name: "coi.pdf", mimeType: "application/pdf", buffer: Buffer.from(await fillablePdf()) } },
    });
    expect(upload.status()).toBe(201);
    const { id } = await upload.json();
    const status = async () => (await (await api.get(`/api/v1/files/certificates/${id}`)).json()).status as string;

    await waitFor("the doomed worker to hold the job", async () => (await status()) === "processing", 30_000, spawned);
    await stop(doomed, "SIGKILL");
    expect(await status()).toBe("processing");

    const started = Date.now();
    const rescuer = spawnScript("scripts/worker.ts", common);
    spawned.push(rescuer);
    const final = await waitFor("a final status", async () => {
      const s = await status();
      return ["approved", "flagged", "error"].includes(s) ? s : undefined;
    }, 60_000, spawned);
    if (final !== "approved") console.log(rescuer.output(), web.output());
    expect(final).toBe("approved");
    console.log(`recovered ${Date.now() - started} ms after the kill (job expiry 4 s)`);
    await api.dispose();
  });
});
