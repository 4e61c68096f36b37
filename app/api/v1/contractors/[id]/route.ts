import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { serializeContractor } from "@/lib/api/serializers/contractor";
import { updateContractorSchema } from "@/lib/schemas/contractor";
import { deleteContractor } from "@/lib/server/contractors/delete-contractor";
import { getContractorOrThrow } from "@/lib/server/contractors/get-contractor-or-throw";
import { updateContractor } from "@/lib/server/contractors/update-contractor";

type Params = { id: string };

// GET /api/v1/contractors/{id} – retrieve a contractor
export const GET = withApiKey<Params>(async (_req, { caller, params }) => {
  const row = await getContractorOrThrow({ organizationId: caller.organizationId, id: params.id });
  return Response.json(serializeContractor(row));
});

// PUT /api/v1/contractors/{id} – update the fields sent
export const PUT = withApiKey<Params>(async (req, { caller, params }) => {
  const input = updateContractorSchema.parse(await readBody(req));
  const row = await updateContractor({ organizationId: caller.organizationId, id: params.id, input });
  return Response.json(serializeContractor(row));
});

// DELETE /api/v1/contractors/{id} – soft delete
export const DELETE = withApiKey<Params>(async (_req, { caller, params }) =>
  Response.json(await deleteContractor({ organizationId: caller.organizationId, id: params.id })),
);
