import { withApiKey } from "@/lib/api/handler";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeEvent } from "@/lib/api/serializers/event";
import { listEventsQuerySchema } from "@/lib/schemas/event";
import { listEvents } from "@/lib/server/events/list-events";

// GET /api/v1/events – every event, newest first (`?type=certificate.approved` filters)
export const GET = withApiKey(async (req, { caller }) => {
  const url = new URL(req.url);
  const { type } = listEventsQuerySchema.parse({ type: url.searchParams.get("type") ?? undefined });
  const page = await listEvents({ organizationId: caller.organizationId, params: parseListParams(url), type });
  return listResponse({ data: page.data.map(serializeEvent), has_more: page.has_more });
});
