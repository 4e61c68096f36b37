import { audit } from "@/lib/api/audit";
import { readBody } from "@/lib/api/body";
import { withApiKey } from "@/lib/api/handler";
import { serializeUser } from "@/lib/api/serializers/user";
import { updateUserInputSchema } from "@/lib/schemas/user";
import { disableUser } from "@/lib/server/users/disable-user";
import { getUserOrThrow } from "@/lib/server/users/get-user-or-throw";
import { updateUser } from "@/lib/server/users/update-user";

type Params = { id: string };

// GET /api/v1/users/{id} – retrieve a user
export const GET = withApiKey<Params>(async (_req, { caller, params }) =>
  Response.json(serializeUser(await getUserOrThrow({ organizationId: caller.organizationId, id: params.id }))),
);

// PUT /api/v1/users/{id} – change a user's role or name
export const PUT = withApiKey<Params>(async (req, { caller, params }) => {
  const input = updateUserInputSchema.parse(await readBody(req));
  const row = await updateUser({ organizationId: caller.organizationId, id: params.id, input });
  await audit(req, caller, "user.updated", row.id, { changed: Object.keys(input), role: input.role });
  return Response.json(serializeUser(row));
});

// DELETE /api/v1/users/{id} – disable a user (they can no longer sign in)
export const DELETE = withApiKey<Params>(async (req, { caller, params }) => {
  const row = await disableUser({ organizationId: caller.organizationId, id: params.id });
  await audit(req, caller, "user.disabled", row.id, { email: row.email });
  return Response.json(serializeUser(row));
});
