import type { events } from "../../db/schema";
import type { WebhookEvent } from "../../schemas/event";
import { unixSeconds } from "./time";

/** The event exactly as the contract shows it; the same bytes go in webhook bodies and in GET /events. */
export function serializeEvent(row: Pick<typeof events.$inferSelect, "id" | "type" | "data" | "createdAt">): WebhookEvent {
  return {
    id: row.id,
    type: row.type as WebhookEvent["type"],
    created: unixSeconds(row.createdAt),
    data: row.data as WebhookEvent["data"],
  };
}
