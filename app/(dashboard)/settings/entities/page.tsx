import { EntitiesSettings } from "@/components/settings/entities-settings";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function EntitiesPage() {
  const { api, user } = await requireApiClient();
  const [entities, requirements] = await Promise.all([api.entities.list({ limit: 100 }), api.requirements.list({ limit: 100 })]);
  return <EntitiesSettings initial={entities.data} requirements={requirements.data} canEdit={canReview(user.role)} />;
}
