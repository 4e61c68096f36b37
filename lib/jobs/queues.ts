import type PgBoss from "pg-boss";

const expireInSeconds = Number(process.env.JOB_EXPIRE_SECONDS ?? 150);

// A job whose worker died stays "active" until it expires, then pg-boss retries it: expireInSeconds bounds how long
// a crash can delay a certificate. Three retries with exponential backoff cover transient faults.
export const QUEUES = {
  processCertificateDead: {
    name: "certificate-process-dead",
    options: { retryLimit: 5, retryDelay: 2, retryBackoff: true, expireInSeconds: 60 } satisfies Omit<PgBoss.Queue, "name">,
  },
  processCertificate: {
    name: "certificate-process",
    options: {
      retryLimit: 3,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds,
      deadLetter: "certificate-process-dead",
    } satisfies Omit<PgBoss.Queue, "name">,
  },
} as const;

export type ProcessCertificateJob = { certificateId: string; organizationId: string };
