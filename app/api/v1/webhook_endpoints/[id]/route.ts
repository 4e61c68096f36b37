import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { serializeWebhookEndpoint } from "@/lib/api/serializers/webhook-endpoint";
import { updateWebhookEndpointSchema } from "@/lib/schemas/webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/server/webhook-endpoints/delete-webhook-endpoint";
import { getWebhookEndpointOrThrow } from "@/lib/server/webhook-endpoints/get-webhook-endpoint-or-throw";
import { updateWebhookEndpoint } from "@/lib/server/webhook-endpoints/update-webhook-endpoint";

type Params = { id: string };

// GET /api/v1/webhook_endpoints/{id} – retrieve an endpoint (never its secret)
export const GET = withApiKey<Params>(async (_req, { caller, params }) => {
  const row = await getWebhookEndpointOrThrow({ organizationId: caller.organizationId, id: params.id });
  return Response.json(serializeWebhookEndpoint(row));
});

// PUT /api/v1/webhook_endpoints/{id} – update url, events, description; `disabled: false` re-enables
export const PUT = withApiKey<Params>(async (req, { caller, params }) => {
  const input = updateWebhookEndpointSchema.parse(await readBody(req));
  const row = await updateWebhookEndpoint({ organizationId: caller.organizationId, id: params.id, input });
  await audit(req, caller, "webhook_endpoint.updated", row.id, { changed: Object.keys(input) });
  return Response.json(serializeWebhookEndpoint(row));
});

// DELETE /api/v1/webhook_endpoints/{id} – stop deliveries; the log is kept
export const DELETE = withApiKey<Params>(async (req, { caller, params }) => {
  const deleted = await deleteWebhookEndpoint({ organizationId: caller.organizationId, id: params.id });
  await audit(req, caller, "webhook_endpoint.deleted", params.id);
  return Response.json(deleted);
});
