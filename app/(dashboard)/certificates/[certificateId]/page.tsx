import { notFound } from "next/navigation";
import { ApiClientError } from "@/lib/api-client";
import { requireApiClient } from "@/lib/api-client/server";
import { canReview } from "@/lib/auth/permissions";
import { contractorName } from "@/lib/format";
import { CertificatePageClient } from "./page-client";

export const dynamic = "force-dynamic";

export default async function CertificatePage({ params }: { params: Promise<{ certificateId: string }> }) {
  const { certificateId } = await params;
  const { api, user } = await requireApiClient();
  const certificate = await api.certificates.get(certificateId, "review_results.full").catch((err) => {
    if (err instanceof ApiClientError && err.status === 404) notFound();
    throw err;
  });
  const contractor = await api.contractors.get(certificate.contractor).catch(() => null);
  return (
    <CertificatePageClient
      initial={certificate}
      contractorName={contractor ? contractorName(contractor) : certificate.contractor}
      canReview={canReview(user.role)}
    />
  );
}
