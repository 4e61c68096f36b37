import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeEntity } from "@/lib/api/serializers/entity";
import { createEntitySchema } from "@/lib/schemas/entity";
import { createEntity } from "@/lib/server/entities/create-entity";
import { listEntities } from "@/lib/server/entities/list-entities";

// POST /api/v1/entities – create an entity
export const POST = withApiKey(async (req, { caller }) => {
  const input = createEntitySchema.parse(await readBody(req));
  const row = await createEntity({ organizationId: caller.organizationId, input });
  await audit(req, caller, "entity.created", row.id, { name: row.name });
  return Response.json(serializeEntity(row), { status: 201 });
});

// GET /api/v1/entities – list entities, newest first (`?insurance_requirement=` filters)
export const GET = withApiKey(async (req, { caller }) => {
  const url = new URL(req.url);
  const page = await listEntities({
    organizationId: caller.organizationId,
    params: parseListParams(url),
    insuranceRequirement: url.searchParams.get("insurance_requirement") ?? undefined,
  });
  return listResponse({ data: page.data.map(serializeEntity), has_more: page.has_more });
});
