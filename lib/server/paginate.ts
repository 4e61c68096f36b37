import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { invalidInput } from "../api/errors";
import type { ListPage, ListParams } from "../api/pagination";
import type { Db } from "../db/client";

type Listable = PgTable & { id: AnyPgColumn; createdAt: AnyPgColumn; organizationId: AnyPgColumn };

export type PaginateOptions<T extends Listable> = {
  db: Db;
  table: T;
  organizationId: string;
  /** Filters (soft delete, contractor, …) applied to the page and to the cursor lookup alike. */
  where: SQL | undefined;
  params: ListParams;
  /** Newest first by default (the API's contract); "asc" serves queues that are worked oldest first. */
  order?: "desc" | "asc";
};

/**
 * Keyset pagination on (created_at, id). The cursor row is compared inside SQL, so timestamps keep
 * their microseconds and a page never skips or repeats a row that shares a second with its neighbour.
 */
export async function paginate<T extends Listable>({ db, table, organizationId, where, params, order = "desc" }: PaginateOptions<T>) {
  const cursor = params.starting_after ?? params.ending_before;
  // ending_before walks the list the other way, then flips the page back into list order.
  const backwards = Boolean(params.ending_before);
  const fetchAscending = (order === "asc") !== backwards;
  const scoped = and(eq(table.organizationId, organizationId), where);
  let keyset: SQL | undefined;
  if (cursor) {
    const [found] = await db.select({ id: table.id }).from(table as PgTable).where(and(scoped, eq(table.id, cursor))).limit(1);
    if (!found) {
      const which = params.starting_after ? "starting_after" : "ending_before";
      throw invalidInput(`Invalid ${which}: no object '${cursor}' in this list.`);
    }
    const pivot = sql`(select ${table.createdAt}, ${table.id} from ${table} where ${table.id} = ${cursor})`;
    keyset = fetchAscending ? sql`(${table.createdAt}, ${table.id}) > ${pivot}` : sql`(${table.createdAt}, ${table.id}) < ${pivot}`;
  }
  const orderBy = fetchAscending ? [asc(table.createdAt), asc(table.id)] : [desc(table.createdAt), desc(table.id)];
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(scoped, keyset))
    .orderBy(...orderBy)
    .limit(params.limit + 1)) as T["$inferSelect"][];
  const hasMore = rows.length > params.limit;
  const page = rows.slice(0, params.limit);
  if (backwards) page.reverse();
  return { data: page, has_more: hasMore } satisfies ListPage<T["$inferSelect"]>;
}
