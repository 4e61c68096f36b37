import type PgBoss from "pg-boss";
import { markCertificateError } from "../../server/certificates/mark-certificate-error";
import { processCertificate } from "../../server/certificates/process-certificate";
import type { ProcessCertificateJob } from "../queues";

/**
 * Runs one certificate. Document problems end in `error` inside processCertificate and are not retried; what is
 * thrown here is transient (database, storage) and pg-boss retries it with backoff. On the last attempt the
 * certificate is marked `error` so nobody waits on it forever.
 */
export async function handleProcessCertificate(job: PgBoss.JobWithMetadata<ProcessCertificateJob>) {
  try {
    return { outcome: await processCertificate(job.data) };
  } catch (err) {
    if (job.retryCount >= job.retryLimit) {
      await markCertificateError({
        ...job.data,
        code: "processing_failed",
        message: `Processing failed after ${job.retryCount + 1} attempts. Upload the certificate again; if it keeps failing, contact support.`,
      }).catch(() => undefined);
    }
    throw err;
  }
}

/** Jobs that exhausted their retries, or whose worker died on the last attempt, land here. */
export async function handleProcessCertificateDead(job: PgBoss.Job<ProcessCertificateJob>) {
  await markCertificateError({
    ...job.data,
    code: "processing_failed",
    message: "Processing did not complete after several attempts. Upload the certificate again; if it keeps failing, contact support.",
  });
}
