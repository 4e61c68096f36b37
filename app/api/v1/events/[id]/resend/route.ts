import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { serializeWebhookDelivery } from "@/lib/api/serializers/webhook-delivery";
import { resendEventSchema } from "@/lib/schemas/event";
import { resendEvent } from "@/lib/server/events/resend-event";

// POST /api/v1/events/{id}/resend – queue the event again, to every subscribed endpoint or to `endpoint`
export const POST = withApiKey<{ id: string }>(async (req, { caller, params }) => {
  const { endpoint } = resendEventSchema.parse(await readBody(req));
  const { event, deliveries } = await resendEvent({ organizationId: caller.organizationId, eventId: params.id, endpointId: endpoint });
  await audit(req, caller, "event.resent", event.id, { endpoint, deliveries: deliveries.length });
  return Response.json({
    event: event.id,
    deliveries: deliveries.map((d) => serializeWebhookDelivery({ ...d, eventType: event.type }, [])),
  });
});
