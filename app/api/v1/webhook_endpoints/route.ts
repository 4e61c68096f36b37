import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeWebhookEndpoint } from "@/lib/api/serializers/webhook-endpoint";
import { createWebhookEndpointSchema } from "@/lib/schemas/webhook-endpoint";
import { createWebhookEndpoint } from "@/lib/server/webhook-endpoints/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/server/webhook-endpoints/list-webhook-endpoints";

// POST /api/v1/webhook_endpoints – register a receiver; the response is the only one that shows its secret
export const POST = withApiKey(async (req, { caller }) => {
  const input = createWebhookEndpointSchema.parse(await readBody(req));
  const { row, secret } = await createWebhookEndpoint({ organizationId: caller.organizationId, input });
  await audit(req, caller, "webhook_endpoint.created", row.id, { url: row.url, events: row.events });
  return Response.json(serializeWebhookEndpoint(row, secret), { status: 201 });
});

// GET /api/v1/webhook_endpoints – list endpoints, newest first
export const GET = withApiKey(async (req, { caller }) => {
  const page = await listWebhookEndpoints({ organizationId: caller.organizationId, params: parseListParams(new URL(req.url)) });
  return listResponse({ data: page.data.map((row) => serializeWebhookEndpoint(row)), has_more: page.has_more });
});
