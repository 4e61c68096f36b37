import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A PostgreSQL server of the test's own (initdb into a temporary directory, its own port), so a test can crash and
 * restart it without touching the machine's shared server that the rest of the suite uses. PostgreSQL refuses to
 * run as root: when we are root, its commands run as the `postgres` user.
 */
export class PgCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  static async create(): Promise<PgCluster> {
    const bin = findBinDir();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coverdesk-pg-"));
    if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
    const cluster = new PgCluster(dir, await freePort(), bin);
    cluster.pg("initdb", ["-D", path.join(dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
    cluster.startServer();
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /**
   * Crash-restart: `immediate` is what a power cut or OOM kill looks like (no checkpoint; recovery replays the WAL).
   * Asynchronous, so the caller's own servers (a webhook receiver, say) keep answering meanwhile.
   */
  async restart(mode: "immediate" | "fast" = "immediate", downMs = 1000): Promise<void> {
    await this.down(mode);
    await new Promise((r) => setTimeout(r, downMs));
    await this.up();
  }

  /** Stops the server (it keeps its data); `up` starts it again. */
  async down(mode: "immediate" | "fast" = "immediate"): Promise<void> {
    await this.pgAsync("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", mode, "-w", "stop"]);
  }

  async up(): Promise<void> {
    await this.pgAsync("pg_ctl", ["-D", path.join(this.dir, "data"), "-o", this.serverOptions(), "-l", path.join(this.dir, "server.log"), "-w", "start"]);
  }

  stop(): void {
    try {
      this.pg("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", "immediate", "-w", "stop"]);
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private serverOptions(): string {
    return `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  }

  private startServer(): void {
    this.pg("pg_ctl", ["-D", path.join(this.dir, "data"), "-o", this.serverOptions(), "-l", path.join(this.dir, "server.log"), "-w", "start"]);
  }

  private command(command: string, args: string[]): [string, string[]] {
    const file = path.join(this.bin, command);
    return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  }

  private pg(command: string, args: string[]): void {
    const [file, argv] = this.command(command, args);
    execFileSync(file, argv, { stdio: "pipe" });
  }

  private async pgAsync(command: string, args: string[]): Promise<void> {
    const [file, argv] = this.command(command, args);
    await promisify(execFile)(file, argv);
  }
}

function findBinDir(): string {
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    if (fs.existsSync(path.join(dir, "initdb"))) return dir;
    throw new Error("client only");
  } catch {
    const root = "/usr/lib/postgresql";
    const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
    if (!versions.length) throw new Error("PostgreSQL server binaries (initdb, pg_ctl) not found");
    return path.join(root, versions[0], "bin");
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
