import { and, inArray, lt } from "drizzle-orm";
import { executeSql, getDb } from "../db/client";
import { certificates } from "../db/schema";
import { getBoss } from "./boss";
import { QUEUES } from "./queues";

const STALE_AFTER_MS = Number(process.env.SWEEP_STALE_SECONDS ?? 120) * 1000;

/**
 * The safety net under the queue: a certificate still pending or processing long after its last change, with no
 * live job, is queued again. It covers a crash between the certificate's insert and its job's, and jobs lost
 * in any way pg-boss's own expiry does not see. Processing is idempotent, so a spare job costs nothing.
 */
export async function sweepUnfinishedCertificates(now = Date.now()): Promise<number> {
  const db = await getDb();
  const stale = await db
    .select({ id: certificates.id, organizationId: certificates.organizationId })
    .from(certificates)
    .where(and(inArray(certificates.status, ["pending", "processing"]), lt(certificates.updatedAt, new Date(now - STALE_AFTER_MS))))
    .limit(500);
  if (stale.length === 0) return 0;
  const { rows } = await executeSql(
    `select data->>'certificateId' as id from pgboss.job where name = $1 and state < 'completed' and data->>'certificateId' = any($2)`,
    [QUEUES.processCertificate.name, stale.map((s) => s.id)],
  );
  const live = new Set((rows as { id: string }[]).map((r) => r.id));
  const boss = await getBoss();
  let queued = 0;
  for (const cert of stale.filter((s) => !live.has(s.id))) {
    await boss.send(QUEUES.processCertificate.name, { certificateId: cert.id, organizationId: cert.organizationId });
    queued++;
  }
  if (queued) console.warn(`[jobs] sweep re-queued ${queued} unfinished certificate(s)`);
  return queued;
}
