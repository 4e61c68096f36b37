import PgBoss from "pg-boss";
import { executeSql, getHandle } from "../db/client";
import { env } from "../env";
import { QUEUES } from "./queues";

type Global = { __coverdeskBoss?: Promise<PgBoss> };
const g = globalThis as unknown as Global;

export type BossRole = "web" | "worker";

async function startBoss(role: BossRole): Promise<PgBoss> {
  const handle = await getHandle();
  const { DATABASE_URL } = env();
  const common = {
    // Maintenance (expiring jobs of dead workers, retries) runs where workers run; web-only processes just send.
    supervise: role === "worker",
    schedule: false,
    maintenanceIntervalSeconds: Number(process.env.JOB_MAINTENANCE_SECONDS ?? 5),
  };
  const boss =
    handle.kind === "pg"
      ? new PgBoss({ connectionString: DATABASE_URL, max: 4, application_name: `coverdesk-${role}`, ...common })
      : // PGlite is one connection in this process: pg-boss shares it through the executor.
        new PgBoss({ db: { executeSql: (text, values) => executeSql(text, values) }, ...common });
  boss.on("error", (err) => console.error("[jobs] pg-boss error:", err.message));
  await boss.start();
  for (const queue of Object.values(QUEUES)) {
    await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
    await boss.updateQueue(queue.name, { name: queue.name, ...queue.options });
  }
  return boss;
}

/** One pg-boss per process, shared by the web handlers and the in-process worker. */
export function getBoss(role: BossRole = env().WORKER === "on" ? "worker" : "web"): Promise<PgBoss> {
  g.__coverdeskBoss ??= startBoss(role).catch((err) => {
    g.__coverdeskBoss = undefined;
    throw err;
  });
  return g.__coverdeskBoss;
}

export async function stopBoss(): Promise<void> {
  const pending = g.__coverdeskBoss;
  if (!pending) return;
  g.__coverdeskBoss = undefined;
  const boss = await pending.catch(() => undefined);
  // graceful: lets active jobs finish (up to the timeout) before closing; close:false since we own the db handle.
  await boss?.stop({ graceful: true, timeout: 15_000, wait: true, close: true });
}
