import type PgBoss from "pg-boss";
import { getBoss } from "./boss";
import { QUEUES, type ProcessCertificateJob } from "./queues";
import { wakeLocalWorkers } from "./local-workers";

/**
 * Queues processing of one certificate inside the caller's transaction (`db`: its executor, see
 * lib/db/tx-executor.ts), so the job commits or rolls back with the certificate's row. Call `wakeAfterCommit` once
 * the transaction has committed.
 */
export async function enqueueProcessCertificate(job: ProcessCertificateJob, db: PgBoss.Db): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(QUEUES.processCertificate.name, job, { db });
}

/** Nudges this process's workers so they need not wait for a poll (pg-boss polls every 0.5 s at best). */
export async function wakeAfterCommit(): Promise<void> {
  wakeLocalWorkers(await getBoss(), QUEUES.processCertificate.name);
}
