import { Overview } from "@/components/overview/overview";
import { requireApiClient } from "@/lib/api-client/server";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const { api } = await requireApiClient();
  return <Overview initial={await api.certificates.stats()} />;
}
