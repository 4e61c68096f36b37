import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { apiKeys } from "../../db/schema";
import { paginate } from "../paginate";

export type ListApiKeysOptions = { organizationId: string; params: ListParams };

/** Revoked keys stay listed (with `revoked` set) so an admin can see what was turned off and when. */
export async function listApiKeys({ organizationId, params }: ListApiKeysOptions) {
  const db = await getDb();
  return paginate({ db, table: apiKeys, organizationId, where: undefined, params });
}
