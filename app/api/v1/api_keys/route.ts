import { audit } from "@/lib/api/audit";
import { readBody } from "@/lib/api/body";
import { withApiKey } from "@/lib/api/handler";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeApiKey } from "@/lib/api/serializers/api-key";
import { createApiKeySchema } from "@/lib/schemas/api-key";
import { createOrganizationApiKey } from "@/lib/server/api-keys/create-organization-api-key";
import { listApiKeys } from "@/lib/server/api-keys/list-api-keys";

// POST /api/v1/api_keys – create a key; the response alone shows `secret`
export const POST = withApiKey(async (req, { caller }) => {
  const input = createApiKeySchema.parse(await readBody(req));
  const { row, secret } = await createOrganizationApiKey({ organizationId: caller.organizationId, input });
  await audit(req, caller, "api_key.created", row.id, { name: row.name });
  return Response.json({ ...serializeApiKey(row), secret }, { status: 201 });
});

// GET /api/v1/api_keys – list keys (revoked ones included), newest first
export const GET = withApiKey(async (req, { caller }) => {
  const page = await listApiKeys({ organizationId: caller.organizationId, params: parseListParams(new URL(req.url)) });
  return listResponse({ data: page.data.map(serializeApiKey), has_more: page.has_more });
});
