import { getBoss, stopBoss } from "./boss";
import { handleProcessCertificate, handleProcessCertificateDead } from "./definitions/process-certificate";
import { QUEUES, type ProcessCertificateJob } from "./queues";
import { clearLocalWorkers, registerLocalWorker } from "./local-workers";
import { stopReaderPool } from "./reader-pool";
import { sweepUnfinishedCertificates } from "./sweep";
import { warmUpReader } from "./warm-up";
import { startWebhookDispatcher, stopWebhookDispatcher } from "../webhooks/dispatcher";
import { terminateOcr } from "../coi/ocr/tesseract";

export type StartWorkersOptions = { concurrency: number };

type Global = { __coverdeskSweep?: NodeJS.Timeout };
const g = globalThis as unknown as Global;

/** Starts `concurrency` certificate workers in this process, plus the recovery sweep and the webhook dispatcher. */
export async function startWorkers({ concurrency }: StartWorkersOptions) {
  await warmUpReader();
  const boss = await getBoss("worker");
  const poll = { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true as const };
  for (let i = 0; i < concurrency; i++) {
    const id = await boss.work<ProcessCertificateJob>(QUEUES.processCertificate.name, poll, async ([job]) =>
      handleProcessCertificate(job),
    );
    registerLocalWorker(QUEUES.processCertificate.name, id);
  }
  await boss.work<ProcessCertificateJob>(QUEUES.processCertificateDead.name, { pollingIntervalSeconds: 2 }, async ([job]) =>
    handleProcessCertificateDead(job),
  );
  const sweep = () => sweepUnfinishedCertificates().catch((err) => console.error("[jobs] sweep failed:", err.message));
  await sweep();
  g.__coverdeskSweep = setInterval(sweep, Number(process.env.SWEEP_INTERVAL_SECONDS ?? 30) * 1000);
  g.__coverdeskSweep.unref();
  startWebhookDispatcher();
}

export async function stopWorkers() {
  if (g.__coverdeskSweep) clearInterval(g.__coverdeskSweep);
  g.__coverdeskSweep = undefined;
  clearLocalWorkers();
  await stopWebhookDispatcher();
  await stopBoss();
  // After the boss: its graceful stop lets in-flight jobs finish, and they need their reader threads.
  await stopReaderPool();
  // The OCR worker thread would keep the process alive; stopped after the jobs that might use it.
  await terminateOcr();
}
