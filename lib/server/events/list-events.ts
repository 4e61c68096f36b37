import { eq } from "drizzle-orm";
import type { ListParams } from "../../api/pagination";
import { getDb } from "../../db/client";
import { events, type WebhookEventType } from "../../db/schema";
import { paginate } from "../paginate";

export type ListEventsOptions = { organizationId: string; params: ListParams; type?: WebhookEventType };

/** Every event of the organization, newest first: how a customer catches up after its receiver was down. */
export async function listEvents({ organizationId, params, type }: ListEventsOptions) {
  const db = await getDb();
  return paginate({ db, table: events, organizationId, where: type ? eq(events.type, type) : undefined, params });
}
