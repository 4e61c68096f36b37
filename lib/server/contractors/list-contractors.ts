import { and, inArray, isNull, or, sql } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { contractors } from "../../db/schema";
import { paginate } from "../paginate";

export type ListContractorsOptions = {
  organizationId: string;
  params: ListParams;
  email?: string;
  /** Case-insensitive substring of the name, company or email (the dashboard's search box). */
  search?: string;
  ids?: string[];
};

const likePattern = (term: string) => `%${term.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listContractors({ organizationId, params, email, search, ids }: ListContractorsOptions) {
  const db = await getDb();
  const pattern = search?.trim() ? likePattern(search) : undefined;
  const where = and(
    isNull(contractors.deletedAt),
    email ? sql`lower(${contractors.email}) = ${email.trim().toLowerCase()}` : undefined,
    ids?.length ? inArray(contractors.id, ids) : undefined,
    pattern
      ? or(
          sql`lower(${contractors.email}) like ${pattern}`,
          sql`lower(coalesce(${contractors.companyName}, '')) like ${pattern}`,
          sql`lower(concat_ws(' ', ${contractors.firstName}, ${contractors.lastName})) like ${pattern}`,
        )
      : undefined,
  );
  return paginate({ db, table: contractors, organizationId, where, params });
}
