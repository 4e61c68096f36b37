import { RequirementsSettings } from "@/components/settings/requirements-settings";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function RequirementsPage() {
  const { api, user } = await requireApiClient();
  const list = await api.requirements.list({ limit: 100 });
  return <RequirementsSettings initial={list.data} canEdit={canReview(user.role)} />;
}
