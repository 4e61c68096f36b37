import { withApiKey } from "@/lib/api/handler";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeWebhookDelivery } from "@/lib/api/serializers/webhook-delivery";
import { listDeliveriesQuerySchema } from "@/lib/schemas/webhook-endpoint";
import { listWebhookDeliveries } from "@/lib/server/webhook-endpoints/list-webhook-deliveries";

// GET /api/v1/webhook_endpoints/{id}/deliveries – the delivery log with every attempt (`?event=`, `?status=` filter)
export const GET = withApiKey<{ id: string }>(async (req, { caller, params }) => {
  const url = new URL(req.url);
  const query = listDeliveriesQuerySchema.parse(Object.fromEntries(url.searchParams));
  const page = await listWebhookDeliveries({
    organizationId: caller.organizationId,
    endpointId: params.id,
    params: parseListParams(url),
    eventId: query.event,
    status: query.status,
  });
  return listResponse({ data: page.data.map((d) => serializeWebhookDelivery(d.delivery, d.attempts)), has_more: page.has_more });
});
