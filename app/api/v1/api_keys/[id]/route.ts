import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { serializeApiKey } from "@/lib/api/serializers/api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";

// DELETE /api/v1/api_keys/{id} – revoke a key (it stops working at once)
export const DELETE = withApiKey<{ id: string }>(async (req, { caller, params }) => {
  const row = await revokeApiKey({ organizationId: caller.organizationId, id: params.id });
  await audit(req, caller, "api_key.revoked", row.id);
  return Response.json(serializeApiKey(row));
});
