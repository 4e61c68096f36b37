import { UsersSettings } from "@/components/settings/users-settings";
import { requireApiClient } from "@/lib/api-client/server";
import { canAdminister } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const { api, user } = await requireApiClient();
  const users = await api.users.list({ limit: 100 });
  return <UsersSettings initial={users.data} canManage={canAdminister(user.role)} currentUserId={user.id} />;
}
