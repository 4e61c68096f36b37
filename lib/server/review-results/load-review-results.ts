import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { auditResults, reviewResults } from "../../db/schema";

export type ReviewBundle = {
  review: typeof reviewResults.$inferSelect;
  audits: (typeof auditResults.$inferSelect)[];
};

export type LoadReviewResultsOptions = { organizationId: string; certificateIds: string[]; withAudits: boolean };

// Summaries leave the reading out: some 16 kB of JSON per certificate that a list of 100 would fetch for nothing.
const summaryColumns = {
  id: reviewResults.id,
  organizationId: reviewResults.organizationId,
  certificateId: reviewResults.certificateId,
  insuranceRequirementId: reviewResults.insuranceRequirementId,
  status: reviewResults.status,
  shape: reviewResults.shape,
  parseMs: reviewResults.parseMs,
  createdAt: reviewResults.createdAt,
  updatedAt: reviewResults.updatedAt,
};
const NO_READING = { parsedCertificate: {}, sources: null, confidence: null };

/** One query for the reviews and one for their audit results, however many certificates a list page holds. */
export async function loadReviewResults({ organizationId, certificateIds, withAudits }: LoadReviewResultsOptions) {
  const out = new Map<string, ReviewBundle>();
  if (certificateIds.length === 0) return out;
  const db = await getDb();
  const where = and(eq(reviewResults.organizationId, organizationId), inArray(reviewResults.certificateId, certificateIds));
  const reviews = withAudits
    ? await db.select().from(reviewResults).where(where)
    : (await db.select(summaryColumns).from(reviewResults).where(where)).map((r) => ({ ...r, ...NO_READING }));
  if (reviews.length === 0) return out;
  // Summaries need the audit rows too (pass / fail / approved counts), just not the heavy parsed JSON.
  const audits = await db
    .select()
    .from(auditResults)
    .where(and(inArray(auditResults.reviewResultId, reviews.map((r) => r.id)), eq(auditResults.voided, false)))
    .orderBy(asc(auditResults.position));
  for (const review of reviews) {
    out.set(review.certificateId, {
      review,
      audits: audits.filter((a) => a.reviewResultId === review.id),
    });
  }
  return out;
}
