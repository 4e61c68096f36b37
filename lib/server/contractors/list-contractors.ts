import { and, isNull, sql } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { contractors } from "../../db/schema";
import { paginate } from "../paginate";

export type ListContractorsOptions = { organizationId: string; params: ListParams; email?: string };

export async function listContractors({ organizationId, params, email }: ListContractorsOptions) {
  const db = await getDb();
  const where = and(
    isNull(contractors.deletedAt),
    email ? sql`lower(${contractors.email}) = ${email.trim().toLowerCase()}` : undefined,
  );
  return paginate({ db, table: contractors, organizationId, where, params });
}
