import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../../db/client";
import { auditResults, reviewResults } from "../../db/schema";

export type ReviewBundle = {
  review: typeof reviewResults.$inferSelect;
  audits: (typeof auditResults.$inferSelect)[];
};

export type LoadReviewResultsOptions = { organizationId: string; certificateIds: string[]; withAudits: boolean };

/** One query for the reviews and one for their audit results, however many certificates a list page holds. */
export async function loadReviewResults({ organizationId, certificateIds, withAudits }: LoadReviewResultsOptions) {
  const out = new Map<string, ReviewBundle>();
  if (certificateIds.length === 0) return out;
  const db = await getDb();
  const reviews = await db
    .select()
    .from(reviewResults)
    .where(and(eq(reviewResults.organizationId, organizationId), inArray(reviewResults.certificateId, certificateIds)));
  if (reviews.length === 0) return out;
  // Summaries need the audit rows too (pass / fail / approved counts), just not the heavy parsed JSON.
  const audits = await db
    .select()
    .from(auditResults)
    .where(and(inArray(auditResults.reviewResultId, reviews.map((r) => r.id)), eq(auditResults.voided, false)))
    .orderBy(asc(auditResults.position));
  for (const review of reviews) {
    out.set(review.certificateId, {
      review: withAudits ? review : { ...review, parsedCertificate: {}, sources: null },
      audits: audits.filter((a) => a.reviewResultId === review.id),
    });
  }
  return out;
}
