import { ApiKeysSettings } from "@/components/settings/api-keys-settings";
import { requireApiClient } from "@/lib/api-client/server";
import { canAdminister } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function ApiKeysPage() {
  const { api, user } = await requireApiClient();
  const keys = await api.apiKeys.list({ limit: 100 });
  return <ApiKeysSettings initial={keys.data} canManage={canAdminister(user.role)} />;
}
