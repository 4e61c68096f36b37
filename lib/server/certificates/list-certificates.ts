import { and, eq, inArray, isNull } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { certificates } from "../../db/schema";
import { paginate } from "../paginate";
import type { CertificateStatus } from "../../db/schema";

export type ListCertificatesOptions = {
  organizationId: string;
  params: ListParams;
  contractorId?: string;
  /** One status or several (the review queue asks for flagged and error together). */
  statuses?: CertificateStatus[];
  order?: "desc" | "asc";
};

export async function listCertificates({ organizationId, params, contractorId, statuses, order }: ListCertificatesOptions) {
  const db = await getDb();
  const where = and(
    isNull(certificates.deletedAt),
    contractorId ? eq(certificates.contractorId, contractorId) : undefined,
    statuses?.length ? (statuses.length === 1 ? eq(certificates.status, statuses[0]) : inArray(certificates.status, statuses)) : undefined,
  );
  return paginate({ db, table: certificates, organizationId, where, params, order });
}
