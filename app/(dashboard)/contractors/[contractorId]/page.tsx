import { notFound } from "next/navigation";
import { ApiClientError } from "@/lib/api-client";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";
import { ContractorPageClient } from "./page-client";

export const dynamic = "force-dynamic";

export default async function ContractorPage({ params }: { params: Promise<{ contractorId: string }> }) {
  const { contractorId } = await params;
  const { api, user } = await requireApiClient();
  // Server-rendered first page: the reviewer sees the newest 50 certificates at once, however many there are.
  const [contractor, certificates] = await Promise.all([
    api.contractors.get(contractorId, true),
    api.certificates.list({ contractor: contractorId, limit: 50, expand: "review_results" }),
  ]).catch((err) => {
    if (err instanceof ApiClientError && (err.status === 404 || err.code === "resource_not_found")) notFound();
    throw err;
  });
  return <ContractorPageClient contractor={contractor} initialCertificates={certificates} canReview={canReview(user.role)} />;
}
