import type PgBoss from "pg-boss";
import { getBoss } from "./boss";
import { QUEUES, type ProcessCertificateJob } from "./queues";
import { wakeLocalWorkers } from "./local-workers";

/**
 * Queues processing of one certificate. With `db` (a transaction's executor, see lib/db/tx-executor.ts) the job
 * commits or rolls back with the caller's rows; call `wakeAfterCommit` once the transaction has committed.
 */
export async function enqueueProcessCertificate(job: ProcessCertificateJob, db?: PgBoss.Db): Promise<string | null> {
  const boss = await getBoss();
  const id = await boss.send(QUEUES.processCertificate.name, job, db ? { db } : {});
  if (!db) wakeLocalWorkers(boss, QUEUES.processCertificate.name);
  return id;
}

/** Nudges this process's workers so they need not wait for a poll (pg-boss polls every 0.5 s at best). */
export async function wakeAfterCommit(): Promise<void> {
  wakeLocalWorkers(await getBoss(), QUEUES.processCertificate.name);
}
