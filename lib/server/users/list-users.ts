import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { users } from "../../db/schema";
import { paginate } from "../paginate";

export type ListUsersOptions = { organizationId: string; params: ListParams };

/** Disabled users stay listed (with `disabled` set): their name still appears on past review actions. */
export async function listUsers({ organizationId, params }: ListUsersOptions) {
  const db = await getDb();
  return paginate({ db, table: users, organizationId, where: undefined, params });
}
