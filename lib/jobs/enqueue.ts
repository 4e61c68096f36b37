import { getBoss } from "./boss";
import { QUEUES, type ProcessCertificateJob } from "./queues";
import { wakeLocalWorkers } from "./local-workers";

/** Queues processing of one certificate and nudges this process's workers so they need not wait for a poll. */
export async function enqueueProcessCertificate(job: ProcessCertificateJob): Promise<string | null> {
  const boss = await getBoss();
  const id = await boss.send(QUEUES.processCertificate.name, job);
  wakeLocalWorkers(boss, QUEUES.processCertificate.name);
  return id;
}
