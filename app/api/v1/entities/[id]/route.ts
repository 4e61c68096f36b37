import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { serializeEntity } from "@/lib/api/serializers/entity";
import { updateEntitySchema } from "@/lib/schemas/entity";
import { deleteEntity } from "@/lib/server/entities/delete-entity";
import { getEntityOrThrow } from "@/lib/server/entities/get-entity-or-throw";
import { updateEntity } from "@/lib/server/entities/update-entity";

type Params = { id: string };

// GET /api/v1/entities/{id} – retrieve an entity
export const GET = withApiKey<Params>(async (_req, { caller, params }) => {
  const row = await getEntityOrThrow({ organizationId: caller.organizationId, id: params.id });
  return Response.json(serializeEntity(row));
});

// PUT /api/v1/entities/{id} – update the fields sent
export const PUT = withApiKey<Params>(async (req, { caller, params }) => {
  const input = updateEntitySchema.parse(await readBody(req));
  const row = await updateEntity({ organizationId: caller.organizationId, id: params.id, input });
  await audit(req, caller, "entity.updated", row.id, { changed: Object.keys(input) });
  return Response.json(serializeEntity(row));
});

// DELETE /api/v1/entities/{id} – soft delete
export const DELETE = withApiKey<Params>(async (req, { caller, params }) => {
  const deleted = await deleteEntity({ organizationId: caller.organizationId, id: params.id });
  await audit(req, caller, "entity.deleted", params.id);
  return Response.json(deleted);
});
