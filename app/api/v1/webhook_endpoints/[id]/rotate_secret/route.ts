import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { serializeWebhookEndpoint } from "@/lib/api/serializers/webhook-endpoint";
import { rotateWebhookSecretSchema } from "@/lib/schemas/webhook-endpoint";
import { rotateWebhookSecret } from "@/lib/server/webhook-endpoints/rotate-webhook-secret";

// POST /api/v1/webhook_endpoints/{id}/rotate_secret – a new secret, shown once; the old one signs too until it expires
export const POST = withApiKey<{ id: string }>(async (req, { caller, params }) => {
  const input = rotateWebhookSecretSchema.parse(await readBody(req));
  const { row, secret } = await rotateWebhookSecret({ organizationId: caller.organizationId, id: params.id, input });
  await audit(req, caller, "webhook_endpoint.secret_rotated", row.id, { expires_in_hours: input.expires_in_hours });
  return Response.json(serializeWebhookEndpoint(row, secret));
});
