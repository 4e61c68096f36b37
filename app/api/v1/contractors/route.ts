import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeContractor } from "@/lib/api/serializers/contractor";
import { createContractorSchema } from "@/lib/schemas/contractor";
import { createContractor } from "@/lib/server/contractors/create-contractor";
import { listContractors } from "@/lib/server/contractors/list-contractors";

// POST /api/v1/contractors – create a contractor
export const POST = withApiKey(async (req, { caller }) => {
  const input = createContractorSchema.parse(await readBody(req));
  const row = await createContractor({ organizationId: caller.organizationId, input });
  return Response.json(serializeContractor(row), { status: 201 });
});

// GET /api/v1/contractors – list contractors, newest first (`?email=` filters)
export const GET = withApiKey(async (req, { caller }) => {
  const url = new URL(req.url);
  const page = await listContractors({
    organizationId: caller.organizationId,
    params: parseListParams(url),
    email: url.searchParams.get("email") ?? undefined,
  });
  return listResponse({ data: page.data.map(serializeContractor), has_more: page.has_more });
});
