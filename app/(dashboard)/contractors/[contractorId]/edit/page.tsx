import { notFound, redirect } from "next/navigation";
import { ContractorForm } from "@/components/contractors/contractor-form";
import { ApiClientError } from "@/lib/api-client";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function EditContractorPage({ params }: { params: Promise<{ contractorId: string }> }) {
  const { contractorId } = await params;
  const { api, user } = await requireApiClient();
  if (!canReview(user.role)) redirect(`/contractors/${contractorId}`);
  const [contractor, entities] = await Promise.all([
    api.contractors.get(contractorId).catch((err) => {
      if (err instanceof ApiClientError && err.status === 404) notFound();
      throw err;
    }),
    api.entities.list({ limit: 100 }),
  ]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Edit contractor</h1>
      <ContractorForm contractor={contractor} entities={entities.data} />
    </section>
  );
}
