import { WebhooksSettings } from "@/components/settings/webhooks-settings";
import { listWebhookEndpointsAction } from "@/lib/actions/webhooks";
import { requireApiClient } from "@/lib/api-client/server";
import { canAdminister } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  const { user } = await requireApiClient();
  // A server without the webhook endpoints API yet answers 404: say so instead of failing the page.
  const result = await listWebhookEndpointsAction();
  return <WebhooksSettings initial={result.ok ? result.data : null} loadError={result.ok ? null : result.error.message} canManage={canAdminister(user.role)} />;
}
