import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { certificates, contractors, reviewResults, type CertificateStatus } from "../../db/schema";
import { dayNumberOf } from "../../coi/normalize";

export type Compliance = {
  status: CertificateStatus | null;
  certificate: string | null;
  nearest_expiration: string | null;
};

const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** The earliest policy expiration printed on a certificate (`MM/DD/YYYY`, as in parsed_certificate_json). */
export function nearestExpiration(coverages: unknown): string | null {
  if (!coverages || typeof coverages !== "object") return null;
  let best: { day: number; text: string } | null = null;
  for (const value of Object.values(coverages as Record<string, unknown>)) {
    const list = Array.isArray(value) ? value : [value];
    for (const cov of list) {
      const text = (cov as { policy_expiration_date?: unknown } | null)?.policy_expiration_date;
      const m = typeof text === "string" ? US_DATE.exec(text) : null;
      if (!m) continue;
      const day = dayNumberOf(new Date(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]))));
      if (!best || day < best.day) best = { day, text: text as string };
    }
  }
  return best?.text ?? null;
}

/**
 * A contractor's compliance state is that of its latest certificate: its status and the nearest expiration among
 * its policies. Two queries for a whole page of contractors.
 */
export async function loadCompliance(organizationId: string, contractorIds: string[]): Promise<Map<string, Compliance>> {
  const out = new Map<string, Compliance>();
  if (contractorIds.length === 0) return out;
  const db = await getDb();
  // One index probe per contractor (its newest certificate), however many certificates each has accumulated.
  const newest = db
    .select({ id: certificates.id, status: certificates.status })
    .from(certificates)
    .where(and(eq(certificates.organizationId, organizationId), eq(certificates.contractorId, contractors.id), isNull(certificates.deletedAt)))
    .orderBy(desc(certificates.createdAt), desc(certificates.id))
    .limit(1)
    .as("newest");
  const latest = await db
    .select({ contractorId: contractors.id, id: newest.id, status: newest.status })
    .from(contractors)
    .innerJoinLateral(newest, sql`true`)
    .where(and(eq(contractors.organizationId, organizationId), inArray(contractors.id, contractorIds)));
  const coverages = latest.length
    ? await db
        .select({ certificateId: reviewResults.certificateId, coverages: sql<unknown>`${reviewResults.parsedCertificate}->'coverages'` })
        .from(reviewResults)
        .where(inArray(reviewResults.certificateId, latest.map((l) => l.id)))
    : [];
  const byCertificate = new Map(coverages.map((c) => [c.certificateId, c.coverages]));
  for (const id of contractorIds) out.set(id, { status: null, certificate: null, nearest_expiration: null });
  for (const l of latest) {
    out.set(l.contractorId, { status: l.status, certificate: l.id, nearest_expiration: nearestExpiration(byCertificate.get(l.id)) });
  }
  return out;
}
