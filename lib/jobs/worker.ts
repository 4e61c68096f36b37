import { getBoss, stopBoss } from "./boss";
import { handleProcessCertificate, handleProcessCertificateDead } from "./definitions/process-certificate";
import { QUEUES, type ProcessCertificateJob } from "./queues";
import { clearLocalWorkers, registerLocalWorker } from "./local-workers";
import { stopReaderPool } from "./reader-pool";
import { sweepUnfinishedCertificates } from "./sweep";
import { recoverInterruptedJobs } from "./recover-interrupted";
import { sweepOrphanedFiles } from "../storage/orphans";
import { pruneThrottles } from "../security/throttle";
import { warmUpReader } from "./warm-up";
import { startWebhookDispatcher, stopWebhookDispatcher } from "../webhooks/dispatcher";
import { terminateOcr } from "../coi/ocr/tesseract";

export type StartWorkersOptions = { concurrency: number };

type Global = { __coverdeskSweep?: NodeJS.Timeout; __coverdeskOrphanSweep?: NodeJS.Timeout };
const g = globalThis as unknown as Global;

/** Starts `concurrency` certificate workers in this process, plus the recovery sweep and the webhook dispatcher. */
export async function startWorkers({ concurrency }: StartWorkersOptions) {
  await warmUpReader();
  const boss = await getBoss("worker");
  await recoverInterruptedJobs();
  const poll = { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true as const };
  for (let i = 0; i < concurrency; i++) {
    let id = "";
    id = await boss.work<ProcessCertificateJob>(QUEUES.processCertificate.name, poll, async ([job]) => {
      try {
        return await handleProcessCertificate(job);
      } finally {
        // pg-boss 10 waits out the polling interval after every fetch, even one that found a job: a loop would
        // then take at most two jobs a second (16/s for two processes of four, measured by bench:load). Notifying
        // our own loop skips that wait while there is work; an empty fetch still waits, so idle polling is unchanged.
        boss.notifyWorker(id);
      }
    });
    registerLocalWorker(QUEUES.processCertificate.name, id);
  }
  await boss.work<ProcessCertificateJob>(QUEUES.processCertificateDead.name, { pollingIntervalSeconds: 2 }, async ([job]) =>
    handleProcessCertificateDead(job),
  );
  const sweep = () => sweepUnfinishedCertificates().catch((err) => console.error("[jobs] sweep failed:", err.message));
  await sweep();
  g.__coverdeskSweep = setInterval(sweep, Number(process.env.SWEEP_INTERVAL_SECONDS ?? 30) * 1000);
  g.__coverdeskSweep.unref();
  // Hourly housekeeping: files without a row, and sign-in / API-key failure counters nobody has added to for a while.
  const orphans = () =>
    Promise.all([
      sweepOrphanedFiles().catch((err) => console.error("[storage] orphan sweep failed:", err.message)),
      pruneThrottles().catch((err) => console.error("[security] throttle prune failed:", err.message)),
    ]);
  await orphans();
  g.__coverdeskOrphanSweep = setInterval(orphans, Number(process.env.ORPHAN_SWEEP_INTERVAL_SECONDS ?? 3600) * 1000);
  g.__coverdeskOrphanSweep.unref();
  startWebhookDispatcher();
}

export async function stopWorkers() {
  if (g.__coverdeskSweep) clearInterval(g.__coverdeskSweep);
  if (g.__coverdeskOrphanSweep) clearInterval(g.__coverdeskOrphanSweep);
  g.__coverdeskSweep = g.__coverdeskOrphanSweep = undefined;
  clearLocalWorkers();
  await stopWebhookDispatcher();
  await stopBoss();
  // After the boss: its graceful stop lets in-flight jobs finish, and they need their reader threads.
  await stopReaderPool();
  // The OCR worker thread would keep the process alive; stopped after the jobs that might use it.
  await terminateOcr();
}
