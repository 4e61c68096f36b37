"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { getTriageQueueAction, type TriageItem } from "@/lib/actions/review";
import { unwrap } from "@/lib/actions/unwrap";
import { SELECTORS } from "@/lib/constants/selectors";
import { formatTime } from "@/lib/format";
import type { CertificateObject } from "@/lib/schemas/certificate";
import { useReviewActions } from "../certificates/use-review-actions";
import { EmptyState, ErrorState } from "../ui/states";
import { StatusBadge } from "../ui/status-badge";
import { KeyboardHelp } from "./keyboard-help";
import { openRules, TriagePanel, useTriageCertificate } from "./triage-panel";

type Queue = { items: TriageItem[]; count: number };

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function TriageQueue({ initial, canReview }: { initial: Queue; canReview: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ["triage"], queryFn: () => unwrap(getTriageQueueAction()), initialData: initial, refetchInterval: 5000 });
  const { items, count } = query.data;
  const [selectedId, setSelectedId] = useState<string | null>(initial.items[0]?.id ?? null);
  const [ruleIndex, setRuleIndex] = useState(0);
  const [isPdfOpen, setPdfOpen] = useState(false);
  const [isDenying, setDenying] = useState(false);
  const index = Math.max(0, items.findIndex((i) => i.id === selectedId));
  const selected = items[index] ?? null;
  const certificate = useTriageCertificate(selected?.id ?? null);

  const select = (next: TriageItem | undefined) => {
    setSelectedId(next?.id ?? null);
    setRuleIndex(0);
    setDenying(false);
  };
  // A certificate that leaves the queue goes at once, and the count goes down without waiting for the next poll.
  const onChanged = (cert: CertificateObject) => {
    if (cert.status === "flagged" || cert.status === "error") return;
    const position = items.findIndex((i) => i.id === cert.id);
    queryClient.setQueryData<Queue>(["triage"], (q) => (q ? { items: q.items.filter((i) => i.id !== cert.id), count: Math.max(0, q.count - 1) } : q));
    if (cert.id === selected?.id) select(items[position + 1] ?? items[position - 1]);
  };
  const actions = useReviewActions(onChanged);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      const rules = openRules(certificate.data?.review_results && "audit_results" in certificate.data.review_results ? certificate.data.review_results.audit_results : undefined);
      switch (e.key) {
        case "j":
          select(items[Math.min(items.length - 1, index + 1)]);
          break;
        case "k":
          select(items[Math.max(0, index - 1)]);
          break;
        case "a": {
          const rule = rules[Math.min(ruleIndex, rules.length - 1)];
          if (canReview && selected && rule && !actions.approve.isPending) actions.approve.mutate({ id: selected.id, ruleId: rule.id });
          break;
        }
        case "d":
          if (canReview && selected) setDenying(true);
          break;
        case "o":
          setPdfOpen((open) => !open);
          break;
        default:
          return;
      }
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Review queue</h1>
        <p data-testid={SELECTORS.triageCount} aria-live="polite" className="text-lg font-semibold text-slate-900">
          {count} to review
        </p>
      </div>
      <KeyboardHelp canReview={canReview} />
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      {actions.error && <ErrorState message={actions.error.message} />}
      {items.length === 0 ? (
        <EmptyState title="Nothing to review">Flagged and unreadable certificates appear here, oldest first.</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-[minmax(16rem,2fr)_3fr]">
          <ol aria-label="Certificates to review, oldest first" className="max-h-[75vh] space-y-1 overflow-y-auto" tabIndex={-1}>
            {items.map((item) => {
              const isSelected = item.id === selected?.id;
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    data-testid={SELECTORS.triageItem}
                    data-certificate-id={item.id}
                    aria-current={isSelected ? "true" : undefined}
                    ref={isSelected ? (el) => el?.scrollIntoView({ block: "nearest" }) : undefined}
                    onClick={() => select(item)}
                    className={`w-full rounded border p-2 text-left text-sm ${isSelected ? "border-brand bg-blue-50 ring-2 ring-brand" : "border-slate-200 bg-white hover:bg-slate-50"}`}
                  >
                    <span className="flex items-center justify-between gap-2">
                      <span className="truncate font-medium text-slate-900">{item.contractor.name}</span>
                      <StatusBadge status={item.status} />
                    </span>
                    <span className="block truncate text-slate-800">{item.filename}</span>
                    <span className="block text-xs text-slate-700">
                      {formatTime(item.created)} · {item.status === "error" ? "could not be read" : `${item.failed} failed`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          {selected && (
            <TriagePanel
              key={selected.id}
              item={selected}
              ruleIndex={ruleIndex}
              onSelectRule={setRuleIndex}
              isPdfOpen={isPdfOpen}
              isDenying={isDenying}
              canReview={canReview}
              isBusy={actions.deny.isPending}
              onDeny={(reason) => actions.deny.mutate({ id: selected.id, reason })}
              onCancelDeny={() => setDenying(false)}
            />
          )}
        </div>
      )}
    </div>
  );
}
