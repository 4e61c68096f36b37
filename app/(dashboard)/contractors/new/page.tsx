import { redirect } from "next/navigation";
import { ContractorForm } from "@/components/contractors/contractor-form";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function NewContractorPage() {
  const { api, user } = await requireApiClient();
  if (!canReview(user.role)) redirect("/contractors");
  const entities = await api.entities.list({ limit: 100 });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">New contractor</h1>
      <ContractorForm entities={entities.data} />
    </section>
  );
}
