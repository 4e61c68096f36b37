import { isNull } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { webhookEndpoints } from "../../db/schema";
import { paginate } from "../paginate";

export type ListWebhookEndpointsOptions = { organizationId: string; params: ListParams };

export async function listWebhookEndpoints({ organizationId, params }: ListWebhookEndpointsOptions) {
  const db = await getDb();
  return paginate({ db, table: webhookEndpoints, organizationId, where: isNull(webhookEndpoints.deletedAt), params });
}
