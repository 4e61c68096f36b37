import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { serializeInsuranceRequirement } from "@/lib/api/serializers/insurance-requirement";
import { updateInsuranceRequirementSchema } from "@/lib/schemas/insurance-requirement";
import { deleteInsuranceRequirement } from "@/lib/server/insurance-requirements/delete-insurance-requirement";
import { getInsuranceRequirementOrThrow } from "@/lib/server/insurance-requirements/get-insurance-requirement-or-throw";
import { updateInsuranceRequirement } from "@/lib/server/insurance-requirements/update-insurance-requirement";

type Params = { id: string };

// GET /api/v1/insurance_requirements/{id} – retrieve a requirement
export const GET = withApiKey<Params>(async (_req, { caller, params }) => {
  const row = await getInsuranceRequirementOrThrow({ organizationId: caller.organizationId, id: params.id });
  return Response.json(serializeInsuranceRequirement(row));
});

// PUT /api/v1/insurance_requirements/{id} – update the fields sent; `is_default: true` moves the default here
export const PUT = withApiKey<Params>(async (req, { caller, params }) => {
  const input = updateInsuranceRequirementSchema.parse(await readBody(req));
  const row = await updateInsuranceRequirement({ organizationId: caller.organizationId, id: params.id, input });
  await audit(req, caller, "insurance_requirement.updated", row.id, { changed: Object.keys(input) });
  return Response.json(serializeInsuranceRequirement(row));
});

// DELETE /api/v1/insurance_requirements/{id} – soft delete (refused while an entity uses it)
export const DELETE = withApiKey<Params>(async (req, { caller, params }) => {
  const deleted = await deleteInsuranceRequirement({ organizationId: caller.organizationId, id: params.id });
  await audit(req, caller, "insurance_requirement.deleted", params.id);
  return Response.json(deleted);
});
