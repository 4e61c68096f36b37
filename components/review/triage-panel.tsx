"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { getCertificateAction } from "@/lib/actions/certificates";
import { unwrap } from "@/lib/actions/unwrap";
import type { TriageItem } from "@/lib/actions/review";
import { sourcesFor } from "@/lib/certificates/sources";
import { SELECTORS } from "@/lib/constants/selectors";
import type { AuditResultObject } from "@/lib/schemas/certificate";
import { DenyForm } from "../certificates/deny-form";
import { LazyPdfViewer } from "../certificates/lazy-pdf-viewer";
import { certificateKey } from "../certificates/use-review-actions";
import { ErrorState, LoadingState } from "../ui/states";
import { StatusBadge } from "../ui/status-badge";

type Props = {
  item: TriageItem;
  ruleIndex: number;
  onSelectRule: (index: number) => void;
  isPdfOpen: boolean;
  isDenying: boolean;
  canReview: boolean;
  isBusy: boolean;
  onDeny: (reason: string) => void;
  onCancelDeny: () => void;
};

/** The rules still failing, in the order `a` works through them. */
export const openRules = (rules: AuditResultObject[] | undefined) => (rules ?? []).filter((r) => r.result !== "pass" && !r.manually_approved);

export function useTriageCertificate(id: string | null) {
  return useQuery({ queryKey: certificateKey(id ?? ""), queryFn: () => unwrap(getCertificateAction(id!)), enabled: Boolean(id) });
}

export function TriagePanel({ item, ruleIndex, onSelectRule, isPdfOpen, isDenying, canReview, isBusy, onDeny, onCancelDeny }: Props) {
  const query = useTriageCertificate(item.id);
  const review = query.data?.review_results && "audit_results" in query.data.review_results ? query.data.review_results : null;
  const rules = openRules(review?.audit_results);
  const selected = rules[Math.min(ruleIndex, rules.length - 1)];
  return (
    <section aria-labelledby="triage-panel-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id="triage-panel-heading" className="truncate text-lg font-semibold">{item.contractor.name}</h2>
          <p className="truncate text-sm text-slate-800">{item.filename}</p>
        </div>
        <StatusBadge status={query.data?.status ?? item.status} />
      </div>
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      {!query.data && !query.isError && <LoadingState label="Loading the certificate…" />}
      {item.status === "error" && <p className="text-sm text-purple-900">Could not be read: {item.error}</p>}
      {rules.length > 0 && (
        <ul aria-label="Failed rules" className="space-y-2">
          {rules.map((rule, i) => (
            <li key={rule.id}>
              <button
                type="button"
                data-testid={SELECTORS.triageRule}
                aria-pressed={rule === selected}
                onClick={() => onSelectRule(i)}
                className={`w-full rounded border-l-4 border-l-red-700 p-2 text-left text-sm ${rule === selected ? "bg-red-100 outline outline-2 outline-amber-600" : "bg-red-50"}`}
              >
                <span className="font-medium text-slate-900">{rule.rule_name ?? rule.rule_path}</span>
                <span className="block text-slate-800">{rule.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {isDenying && canReview && <DenyForm idPrefix="triage-deny" autoFocus isBusy={isBusy} onDeny={onDeny} onCancel={onCancelDeny} />}
      {isPdfOpen && (
        <LazyPdfViewer
          url={`/certificates/${item.id}/pdf`}
          highlights={sourcesFor(review?.sources, selected?.rule_path ?? null)}
          title={item.filename}
          sources={review?.sources}
        />
      )}
      <p className="text-sm">
        <Link href={`/certificates/${item.id}`} className="text-brand underline">Open the full certificate page</Link>
      </p>
    </section>
  );
}
