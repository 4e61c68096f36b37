import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { serializeContractor } from "@/lib/api/serializers/contractor";
import { updateContractorSchema } from "@/lib/schemas/contractor";
import { deleteContractor } from "@/lib/server/contractors/delete-contractor";
import { loadCompliance } from "@/lib/server/contractors/load-compliance";
import { getContractorOrThrow } from "@/lib/server/contractors/get-contractor-or-throw";
import { updateContractor } from "@/lib/server/contractors/update-contractor";

type Params = { id: string };

// GET /api/v1/contractors/{id} – retrieve a contractor (`expand[]=compliance` as on the list)
export const GET = withApiKey<Params>(async (req, { caller, params }) => {
  const row = await getContractorOrThrow({ organizationId: caller.organizationId, id: params.id });
  const body = serializeContractor(row);
  if (new URL(req.url).searchParams.getAll("expand[]").includes("compliance")) {
    body.compliance = (await loadCompliance(caller.organizationId, [row.id])).get(row.id);
  }
  return Response.json(body);
});

// PUT /api/v1/contractors/{id} – update the fields sent
export const PUT = withApiKey<Params>(async (req, { caller, params }) => {
  const input = updateContractorSchema.parse(await readBody(req));
  const row = await updateContractor({ organizationId: caller.organizationId, id: params.id, input });
  await audit(req, caller, "contractor.updated", row.id, { changed: Object.keys(input) });
  return Response.json(serializeContractor(row));
});

// DELETE /api/v1/contractors/{id} – soft delete
export const DELETE = withApiKey<Params>(async (req, { caller, params }) => {
  const deleted = await deleteContractor({ organizationId: caller.organizationId, id: params.id });
  await audit(req, caller, "contractor.deleted", params.id);
  return Response.json(deleted);
});
