import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeInsuranceRequirement } from "@/lib/api/serializers/insurance-requirement";
import { createInsuranceRequirementSchema, listInsuranceRequirementsQuerySchema } from "@/lib/schemas/insurance-requirement";
import { createInsuranceRequirement } from "@/lib/server/insurance-requirements/create-insurance-requirement";
import { listInsuranceRequirements } from "@/lib/server/insurance-requirements/list-insurance-requirements";

// POST /api/v1/insurance_requirements – create a requirement
export const POST = withApiKey(async (req, { caller }) => {
  const input = createInsuranceRequirementSchema.parse(await readBody(req));
  const row = await createInsuranceRequirement({ organizationId: caller.organizationId, input });
  await audit(req, caller, "insurance_requirement.created", row.id, { name: row.name });
  return Response.json(serializeInsuranceRequirement(row), { status: 201 });
});

// GET /api/v1/insurance_requirements – list requirements, newest first (`?is_default=true` filters)
export const GET = withApiKey(async (req, { caller }) => {
  const url = new URL(req.url);
  const query = listInsuranceRequirementsQuerySchema.parse({ is_default: url.searchParams.get("is_default") ?? undefined });
  const page = await listInsuranceRequirements({
    organizationId: caller.organizationId,
    params: parseListParams(url),
    isDefault: query.is_default,
  });
  return listResponse({ data: page.data.map(serializeInsuranceRequirement), has_more: page.has_more });
});
