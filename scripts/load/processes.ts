import { spawn, type ChildProcess } from "node:child_process";

export type Spawned = { proc: ChildProcess; output: () => string };

/** Starts `npx tsx <script>` with extra environment, capturing its output for failure messages. */
export function spawnScript(script: string, env: Record<string, string>): Spawned {
  let out = "";
  // `node --import tsx` keeps it one process: the tsx CLI would fork a child that a SIGKILL of the parent leaves running.
  const proc = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  return { proc, output: () => out };
}

/** Thrown by a waitFor condition that can never come true (the process it waits for has exited): ends the wait. */
export class StopWaiting extends Error {}

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 60_000, spawned?: Spawned[]): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch((err) => {
      if (err instanceof StopWaiting) throw new Error(`gave up waiting for ${what}: ${err.message}`);
      return undefined;
    });
    if (value) return value;
    if (Date.now() > deadline) {
      const logs = (spawned ?? []).map((s) => s.output().slice(-2000)).join("\n---\n");
      throw new Error(`timed out waiting for ${what}\n${logs}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Signals the process and waits for it to exit; one that is still running after `graceMs` gets SIGKILL. */
export function stop(s: Spawned | undefined, signal: NodeJS.Signals = "SIGTERM", graceMs = 30_000): Promise<void> {
  if (!s || s.proc.exitCode !== null || s.proc.signalCode) return Promise.resolve();
  return new Promise((resolve) => {
    const escalate = setTimeout(() => s.proc.kill("SIGKILL"), graceMs);
    s.proc.once("exit", () => {
      clearTimeout(escalate);
      resolve();
    });
    s.proc.kill(signal);
  });
}
