import Link from "next/link";
import { ContractorList } from "@/components/contractors/contractor-list";
import { buttonClass } from "@/components/ui/button";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function ContractorsPage() {
  const { api, user } = await requireApiClient();
  const initial = await api.contractors.list({ limit: 20, withCompliance: true });
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Contractors</h1>
        {canReview(user.role) && (
          <Link href="/contractors/new" className={buttonClass("primary")}>
            New contractor
          </Link>
        )}
      </div>
      <ContractorList initial={initial} />
    </section>
  );
}
