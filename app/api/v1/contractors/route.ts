import { audit } from "@/lib/api/audit";
import { withApiKey } from "@/lib/api/handler";
import { readBody } from "@/lib/api/body";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeContractor } from "@/lib/api/serializers/contractor";
import { createContractorSchema } from "@/lib/schemas/contractor";
import { createContractor } from "@/lib/server/contractors/create-contractor";
import { listContractors } from "@/lib/server/contractors/list-contractors";
import { loadCompliance } from "@/lib/server/contractors/load-compliance";

// POST /api/v1/contractors – create a contractor
export const POST = withApiKey(async (req, { caller }) => {
  const input = createContractorSchema.parse(await readBody(req));
  const row = await createContractor({ organizationId: caller.organizationId, input });
  await audit(req, caller, "contractor.created", row.id, { email: row.email });
  return Response.json(serializeContractor(row), { status: 201 });
});

// GET /api/v1/contractors – list contractors, newest first (`?email=`, `?search=`, `?ids=cn_a,cn_b` filter;
// `expand[]=compliance` adds each one's latest certificate status and nearest expiration)
export const GET = withApiKey(async (req, { caller }) => {
  const url = new URL(req.url);
  const ids = url.searchParams.get("ids")?.split(",").map((s) => s.trim()).filter(Boolean).slice(0, 100);
  const page = await listContractors({
    organizationId: caller.organizationId,
    params: parseListParams(url),
    email: url.searchParams.get("email") ?? undefined,
    search: url.searchParams.get("search")?.slice(0, 200) ?? undefined,
    ids,
  });
  const data = page.data.map(serializeContractor);
  if (url.searchParams.getAll("expand[]").includes("compliance")) {
    const compliance = await loadCompliance(caller.organizationId, data.map((c) => c.id));
    for (const c of data) c.compliance = compliance.get(c.id);
  }
  return listResponse({ data, has_more: page.has_more });
});
