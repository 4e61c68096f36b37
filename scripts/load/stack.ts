import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { spawnScript, stop, StopWaiting, waitFor, type Spawned } from "./processes";

const run = promisify(execFile);

export type StackOptions = {
  /** PostgreSQL; empty for the embedded database (then `workers` must be 0: the web process runs them). */
  databaseUrl: string;
  port: number;
  /** Standalone worker processes; 0 runs the workers inside the web process (`npm start` as shipped). */
  workers: number;
  /** Extra environment for every process (job expiry, sweep intervals, test hooks). */
  env?: Record<string, string>;
};

/**
 * The production shape on PostgreSQL, as separate OS processes: one web server (`npm start` with WORKER=off) and
 * standalone workers (`npm run worker`), each killable on its own. Processes are started with `node --import tsx`
 * so that a SIGKILL hits the real process, not a tsx wrapper.
 */
export class Stack {
  web?: Spawned;
  readonly workers: (Spawned | undefined)[] = [];
  readonly dataDir: string;
  readonly base: string;
  private readonly dead: Spawned[] = [];

  constructor(private readonly options: StackOptions) {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-stack-"));
    this.base = `http://127.0.0.1:${options.port}`;
  }

  private env(extra: Record<string, string> = {}) {
    return {
      DATABASE_URL: this.options.databaseUrl,
      DATA_DIR: this.dataDir,
      SEED_DEMO: "off",
      ALLOW_PRIVATE_WEBHOOK_URLS: "true",
      RATE_LIMIT_PER_SECOND: "1000",
      ...this.options.env,
      ...extra,
    };
  }

  /** Migrates, then creates an organization with the CLI and returns its API key (as an operator would). */
  async createOrganization(name: string): Promise<{ organizationId: string; secretKey: string }> {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "scripts/cli.ts", "org:create", "--name", name, "--admin-email", `load-${Date.now()}-${process.pid}@test.coverdesk.dev`, "--admin-password", "load-password-1"],
      { env: { ...process.env, ...this.env() }, maxBuffer: 1 << 20 },
    );
    const org = JSON.parse(stdout);
    return { organizationId: org.organization.id, secretKey: org.secret_key };
  }

  async start(): Promise<void> {
    await this.startWeb();
    for (let i = 0; i < this.options.workers; i++) await this.startWorker(i);
  }

  async startWeb(): Promise<void> {
    // Whatever answers on the port must be the process started here, not a leftover of an earlier test.
    if (await fetch(`${this.base}/api/health`).then(() => true, () => false)) throw new Error(`port ${this.options.port} is already serving`);
    const worker = this.options.workers > 0 ? "off" : "on";
    const web = spawnScript("scripts/start.ts", this.env({ PORT: String(this.options.port), WORKER: worker }));
    this.web = web;
    await waitFor("the web server", async () => alive(web) && (await fetch(`${this.base}/api/health`)).ok, 240_000, this.all());
  }

  async startWorker(i: number, extra: Record<string, string> = {}): Promise<void> {
    const worker = spawnScript("scripts/worker.ts", this.env(extra));
    this.workers[i] = worker;
    await waitFor(`worker ${i}`, async () => alive(worker) && worker.output().includes("worker(s) running"), 120_000, this.all());
  }

  /** kill -9: no shutdown handler runs, in-flight requests and jobs are cut off where they stand. */
  async killWeb(): Promise<void> {
    if (this.web) this.dead.push(this.web);
    await stop(this.web, "SIGKILL");
    this.web = undefined;
  }

  async killWorker(i: number): Promise<void> {
    const worker = this.workers[i];
    if (worker) this.dead.push(worker);
    await stop(worker, "SIGKILL");
    this.workers[i] = undefined;
  }

  /** One query on the stack's database, on a connection of its own. */
  async query(text: string, values: unknown[] = []) {
    const client = new Client({ connectionString: this.options.databaseUrl });
    await client.connect();
    try {
      return await client.query(text, values);
    } finally {
      await client.end();
    }
  }

  all(): Spawned[] {
    return [this.web, ...this.workers, ...this.dead].filter((s): s is Spawned => Boolean(s));
  }

  /** The tail of every process's output, for a failure message. */
  logs(chars = 3000): string {
    return this.all()
      .map((s) => s.output().slice(-chars))
      .join("\n---\n");
  }

  /** Stops every process this stack ever started (a killed one is already gone; stop() skips it). */
  async stop(): Promise<void> {
    await Promise.all(this.all().map((s) => stop(s, "SIGTERM")));
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** True while the process runs; throws (ending a waitFor at once, with its output) once it has exited. */
function alive(s: Spawned): boolean {
  if (s.proc.exitCode !== null || s.proc.signalCode) throw new StopWaiting(`exited (${s.proc.exitCode ?? s.proc.signalCode}):\n${s.output().slice(-3000)}`);
  return true;
}
