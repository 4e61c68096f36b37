"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { AuditResults } from "@/components/certificates/audit-results";
import { DenyForm } from "@/components/certificates/deny-form";
import { LazyPdfViewer } from "@/components/certificates/lazy-pdf-viewer";
import { ParsedData } from "@/components/certificates/parsed-data";
import { certificateKey, useReviewActions } from "@/components/certificates/use-review-actions";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { getCertificateAction } from "@/lib/actions/certificates";
import { unwrap } from "@/lib/actions/unwrap";
import { sourcesFor } from "@/lib/certificates/sources";
import { SELECTORS } from "@/lib/constants/selectors";
import { formatTime } from "@/lib/format";
import type { CertificateObject } from "@/lib/schemas/certificate";

type Props = { initial: CertificateObject; contractorName: string; canReview: boolean };

const isFull = (r: CertificateObject["review_results"]) => (r && "audit_results" in r ? r : null);

export function CertificatePageClient({ initial, contractorName, canReview }: Props) {
  const query = useQuery({
    queryKey: certificateKey(initial.id),
    queryFn: () => unwrap(getCertificateAction(initial.id)),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.status === "pending" || q.state.data?.status === "processing" ? 1000 : false),
  });
  const certificate = query.data;
  const review = isFull(certificate.review_results);
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const highlights = useMemo(() => sourcesFor(review?.sources, selectedPath), [review?.sources, selectedPath]);
  const actions = useReviewActions();
  const isFinal = certificate.status !== "pending" && certificate.status !== "processing";
  const canDecide = canReview && certificate.status !== "denied" && isFinal;

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-slate-700">
            <Link href={`/contractors/${certificate.contractor}`} className="underline">{contractorName}</Link> /
          </p>
          <h1 className="truncate text-2xl font-semibold">{certificate.filename}</h1>
          <p className="text-sm text-slate-800">Uploaded {formatTime(certificate.created)}</p>
        </div>
        <div data-testid={SELECTORS.certificateStatus} aria-live="polite" className="text-lg">
          <span className="sr-only">Status: </span>
          <StatusBadge status={certificate.status} />
        </div>
      </header>
      {certificate.status === "denied" && certificate.denied_reason && (
        <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">Denied: {certificate.denied_reason}</p>
      )}
      {certificate.error && <ErrorState message={`This certificate could not be read: ${certificate.error.message}`} />}
      {actions.error && <ErrorState message={actions.error.message} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="lg:sticky lg:top-4 lg:self-start">
          <LazyPdfViewer
            url={`/certificates/${certificate.id}/pdf`}
            highlights={highlights}
            title={certificate.filename}
            sources={review?.sources}
            selectedPath={selectedPath}
            onSelect={setSelectedPath}
          />
          {selectedPath && highlights.length === 0 && (
            <p className="mt-2 text-sm text-slate-800">No position was recorded for {selectedPath}: the value was not printed, or read without a location.</p>
          )}
        </div>
        <div className="space-y-6">
          {!isFinal && <LoadingState label="Reading the certificate…" />}
          {review && (
            <section aria-labelledby="rules-heading" className="space-y-2">
              <h2 id="rules-heading" className="text-lg font-semibold">
                Rules <span className="text-sm font-normal text-slate-700">({review.summary.passed} passed, {review.summary.failed} failed, {review.summary.manually_approved} manually approved)</span>
              </h2>
              <AuditResults
                rules={review.audit_results}
                selectedPath={selectedPath}
                onSelect={setSelectedPath}
                canDecide={canDecide}
                busyRule={actions.busyRule}
                onApprove={(rule) => actions.approve.mutate({ id: certificate.id, ruleId: rule.id })}
                onUnapprove={(rule) => actions.unapprove.mutate({ id: certificate.id, ruleId: rule.id })}
              />
            </section>
          )}
          {canDecide && (
            <section aria-labelledby="deny-heading" className="rounded border border-slate-200 bg-white p-3">
              <h2 id="deny-heading" className="mb-2 text-lg font-semibold">Deny this certificate</h2>
              <DenyForm isBusy={actions.deny.isPending} onDeny={(reason) => actions.deny.mutate({ id: certificate.id, reason })} />
            </section>
          )}
          {review && (
            <section aria-labelledby="parsed-heading" className="space-y-2">
              <h2 id="parsed-heading" className="text-lg font-semibold">What was read</h2>
              <ParsedData parsed={review.parsed_certificate_json} sources={review.sources} selectedPath={selectedPath} onSelect={setSelectedPath} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
