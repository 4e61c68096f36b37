import { withApiKey } from "@/lib/api/handler";
import { serializeEvent } from "@/lib/api/serializers/event";
import { getEventOrThrow } from "@/lib/server/events/get-event-or-throw";

// GET /api/v1/events/{id} – retrieve an event, exactly as it was delivered
export const GET = withApiKey<{ id: string }>(async (_req, { caller, params }) =>
  Response.json(serializeEvent(await getEventOrThrow({ organizationId: caller.organizationId, id: params.id }))),
);
