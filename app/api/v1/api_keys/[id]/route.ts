import { withApiKey } from "@/lib/api/handler";
import { serializeApiKey } from "@/lib/api/serializers/api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";

// DELETE /api/v1/api_keys/{id} – revoke a key (it stops working at once)
export const DELETE = withApiKey<{ id: string }>(async (_req, { caller, params }) =>
  Response.json(serializeApiKey(await revokeApiKey({ organizationId: caller.organizationId, id: params.id }))),
);
