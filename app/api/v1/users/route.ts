import { audit } from "@/lib/api/audit";
import { readBody } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { withApiKey } from "@/lib/api/handler";
import { listResponse, parseListParams } from "@/lib/api/pagination";
import { serializeUser } from "@/lib/api/serializers/user";
import { createUserInputSchema } from "@/lib/schemas/user";
import { createUser, DuplicateEmailError } from "@/lib/server/users/create-user";
import { getUserOrThrow } from "@/lib/server/users/get-user-or-throw";
import { listUsers } from "@/lib/server/users/list-users";

// POST /api/v1/users – invite a dashboard user with a role and an initial password
export const POST = withApiKey(async (req, { caller }) => {
  const input = createUserInputSchema.parse(await readBody(req));
  const created = await createUser({ ...input, organizationId: caller.organizationId }).catch((err) => {
    if (err instanceof DuplicateEmailError) throw new ApiError(409, "conflict", err.message);
    throw err;
  });
  const row = await getUserOrThrow({ organizationId: caller.organizationId, id: created.id });
  await audit(req, caller, "user.created", row.id, { email: row.email, role: row.role });
  return Response.json(serializeUser(row), { status: 201 });
});

// GET /api/v1/users – list the organization's dashboard users, newest first
export const GET = withApiKey(async (req, { caller }) => {
  const page = await listUsers({ organizationId: caller.organizationId, params: parseListParams(new URL(req.url)) });
  return listResponse({ data: page.data.map(serializeUser), has_more: page.has_more });
});
