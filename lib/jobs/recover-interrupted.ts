import { executeSql, getHandle } from "../db/client";
import { getBoss } from "./boss";
import { QUEUES } from "./queues";

/**
 * On the embedded database exactly one process runs jobs, so at start-up every job still marked active was cut off
 * by the previous process's death (kill -9, power loss). They are failed now, which queues their retry at once,
 * instead of waiting out the job expiry (JOB_EXPIRE_SECONDS) with certificates showing `processing`. On PostgreSQL
 * other workers may be alive and holding their jobs, so there pg-boss's expiry stays the judge.
 */
export async function recoverInterruptedJobs(): Promise<number> {
  if ((await getHandle()).kind !== "pglite") return 0;
  const name = QUEUES.processCertificate.name;
  const { rows } = await executeSql(`select id from pgboss.job where name = $1 and state = 'active'`, [name]);
  const ids = (rows as { id: string }[]).map((r) => r.id);
  if (ids.length === 0) return 0;
  const boss = await getBoss();
  await boss.fail(name, ids);
  console.warn(`[jobs] ${ids.length} job(s) interrupted by the last shutdown queued again`);
  return ids.length;
}
