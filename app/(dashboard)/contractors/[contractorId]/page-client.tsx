"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useState } from "react";
import { CertificateDropzone } from "@/components/contractors/certificate-dropzone";
import { CertificateTable } from "@/components/contractors/certificate-table";
import { LatestStatus, NearestExpiration } from "@/components/contractors/compliance-cell";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { getContractorAction } from "@/lib/actions/contractors";
import { listContractorCertificatesAction } from "@/lib/actions/certificates";
import { unwrap } from "@/lib/actions/unwrap";
import type { ListPage } from "@/lib/api-client";
import { contractorName, personName } from "@/lib/format";
import type { CertificateObject } from "@/lib/schemas/certificate";
import type { Contractor } from "@/lib/schemas/contractor";

type Props = { contractor: Contractor; initialCertificates: ListPage<CertificateObject>; canReview: boolean };
type Cursor = { starting_after?: string; ending_before?: string };

const UNFINISHED = new Set(["pending", "processing"]);

export function ContractorPageClient({ contractor: initialContractor, initialCertificates, canReview }: Props) {
  const id = initialContractor.id;
  const [cursor, setCursor] = useState<Cursor>({});
  // Uploads not yet seen in a final state keep the list polling even when they are not on the page shown.
  const [awaiting, setAwaiting] = useState<Set<string>>(new Set());
  const onStored = useCallback((certId: string) => setAwaiting((s) => new Set(s).add(certId)), []);
  const isFirstPage = !cursor.starting_after && !cursor.ending_before;

  const contractorQuery = useQuery({
    queryKey: ["contractor", id],
    queryFn: () => unwrap(getContractorAction(id)),
    initialData: initialContractor,
    refetchInterval: (q) => (UNFINISHED.has(q.state.data?.compliance?.status ?? "") || awaiting.size ? 2000 : false),
  });
  const list = useQuery({
    queryKey: ["certificates", id, cursor],
    queryFn: async () => {
      const page = await unwrap(listContractorCertificatesAction({ contractor: id, ...cursor }));
      setAwaiting((s) => {
        const done = page.data.filter((c) => s.has(c.id) && !UNFINISHED.has(c.status));
        if (done.length === 0) return s;
        const next = new Set(s);
        done.forEach((c) => next.delete(c.id));
        return next;
      });
      return page;
    },
    initialData: isFirstPage ? initialCertificates : undefined,
    placeholderData: keepPreviousData,
    // A certificate moves from pending to its final badge without a reload.
    refetchInterval: (q) => (q.state.data?.data.some((c) => UNFINISHED.has(c.status)) || awaiting.size ? 1000 : false),
  });
  const contractor = contractorQuery.data;
  const liveStatus = useCallback((certId: string) => list.data?.data.find((c) => c.id === certId)?.status, [list.data]);
  const page = list.data;
  const hasNext = cursor.ending_before ? true : Boolean(page?.has_more);
  const hasPrevious = Boolean(cursor.starting_after) || Boolean(cursor.ending_before && page?.has_more);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-700">
            <Link href="/contractors" className="underline">Contractors</Link> /
          </p>
          <h1 className="text-2xl font-semibold">{contractorName(contractor)}</h1>
          <p className="text-sm text-slate-800">
            {[personName(contractor), contractor.email, contractor.phone].filter(Boolean).join(" · ")}
          </p>
          <dl className="mt-2 flex flex-wrap gap-6 text-sm">
            <div><dt className="text-slate-700">Latest certificate</dt><dd><LatestStatus compliance={contractor.compliance} /></dd></div>
            <div><dt className="text-slate-700">Nearest expiration</dt><dd><NearestExpiration compliance={contractor.compliance} /></dd></div>
          </dl>
        </div>
        {canReview && <Link href={`/contractors/${id}/edit`} className={buttonClass()}>Edit contractor</Link>}
      </header>
      {canReview ? (
        <section aria-labelledby="upload-heading" className="space-y-2">
          <h2 id="upload-heading" className="text-lg font-semibold">Upload certificates</h2>
          <CertificateDropzone contractorId={id} liveStatus={liveStatus} onStored={onStored} />
        </section>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-3 text-sm text-slate-800">You have view-only access: uploads and reviews are for reviewers and admins.</p>
      )}
      <section aria-labelledby="certificates-heading" className="space-y-3">
        <h2 id="certificates-heading" className="text-lg font-semibold">Certificates</h2>
        {list.isError ? (
          <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />
        ) : !page ? (
          <LoadingState label="Loading certificates…" />
        ) : page.data.length === 0 ? (
          <EmptyState title="No certificates yet">{canReview ? "Drop the contractor's certificate of insurance above." : null}</EmptyState>
        ) : (
          <CertificateTable certificates={page.data} />
        )}
        <nav aria-label="Certificate pages" className="flex gap-2">
          <Button disabled={!hasPrevious || !page} onClick={() => page && setCursor({ ending_before: page.data[0]?.id })}>← Newer</Button>
          <Button disabled={!hasNext || !page} onClick={() => page && setCursor({ starting_after: page.data.at(-1)?.id })}>Older →</Button>
        </nav>
      </section>
    </div>
  );
}
