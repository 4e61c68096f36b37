import { and, eq, isNull } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { certificates } from "../../db/schema";
import { paginate } from "../paginate";
import type { CertificateStatus } from "../../db/schema";

export type ListCertificatesOptions = {
  organizationId: string;
  params: ListParams;
  contractorId?: string;
  status?: CertificateStatus;
};

export async function listCertificates({ organizationId, params, contractorId, status }: ListCertificatesOptions) {
  const db = await getDb();
  const where = and(
    isNull(certificates.deletedAt),
    contractorId ? eq(certificates.contractorId, contractorId) : undefined,
    status ? eq(certificates.status, status) : undefined,
  );
  return paginate({ db, table: certificates, organizationId, where, params });
}
