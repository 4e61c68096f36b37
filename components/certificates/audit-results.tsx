"use client";

import { SELECTORS } from "@/lib/constants/selectors";
import { formatTime } from "@/lib/format";
import type { AuditResultObject } from "@/lib/schemas/certificate";
import { Button } from "../ui/button";

export type RuleState = "passed" | "failed" | "manually_approved";

export function ruleState(rule: AuditResultObject): RuleState {
  if (rule.result === "pass") return "passed";
  return rule.manually_approved ? "manually_approved" : "failed";
}

// Manually approved is neither green nor red: a person accepted a failure, and it should look like exactly that.
function look(state: RuleState) {
  switch (state) {
    case "passed":
      return { label: "Passed", symbol: "✓", className: "border-l-green-700 bg-green-50", tag: "bg-green-100 text-green-900" };
    case "failed":
      return { label: "Failed", symbol: "✕", className: "border-l-red-700 bg-red-50", tag: "bg-red-100 text-red-900" };
    case "manually_approved":
      return { label: "Manually approved", symbol: "☑", className: "border-l-indigo-700 bg-indigo-50", tag: "bg-indigo-100 text-indigo-900" };
    default: {
      const never: never = state;
      throw new Error(`unknown rule state ${String(never)}`);
    }
  }
}

const actorLabel = (actor: string | null) => actor?.replace(/^user:/, "").replace(/^api_key:/, "API key ") ?? "someone";

type Props = {
  rules: AuditResultObject[];
  selectedPath: string | null;
  onSelect: (path: string | null) => void;
  canDecide: boolean;
  busyRule: string | null;
  onApprove: (rule: AuditResultObject) => void;
  onUnapprove: (rule: AuditResultObject) => void;
};

export function AuditResults({ rules, selectedPath, onSelect, canDecide, busyRule, onApprove, onUnapprove }: Props) {
  // Failures first: they are what the reviewer is here for.
  const order: Record<RuleState, number> = { failed: 0, manually_approved: 1, passed: 2 };
  const sorted = [...rules].sort((a, b) => order[ruleState(a)] - order[ruleState(b)]);
  return (
    <ul className="space-y-2">
      {sorted.map((rule) => {
        const state = ruleState(rule);
        const l = look(state);
        const isSelected = selectedPath !== null && selectedPath === rule.rule_path;
        return (
          <li
            key={rule.id}
            data-testid={SELECTORS.auditRule}
            data-rule-id={rule.id}
            data-result={state}
            className={`rounded border border-l-4 border-slate-200 p-3 ${l.className} ${isSelected ? "outline outline-2 outline-amber-600" : ""}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <button
                type="button"
                aria-pressed={isSelected}
                onClick={() => onSelect(isSelected ? null : rule.rule_path)}
                className="min-w-0 flex-1 text-left focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand"
              >
                <span className={`mr-2 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${l.tag}`}>
                  <span aria-hidden="true">{l.symbol} </span>
                  {l.label}
                </span>
                <span className="font-medium text-slate-900">{rule.rule_name ?? rule.rule_path}</span>
                <span className="mt-1 block text-sm text-slate-800">{rule.message}</span>
                {state === "manually_approved" && (
                  <span className="mt-1 block text-xs text-indigo-900">
                    Approved by {actorLabel(rule.manually_approved_by)}
                    {rule.manually_approved_at ? ` on ${formatTime(rule.manually_approved_at)}` : ""}
                  </span>
                )}
              </button>
              {canDecide && state === "failed" && (
                <Button variant="primary" disabled={busyRule === rule.id} onClick={() => onApprove(rule)} aria-label={`Approve rule: ${rule.rule_name ?? rule.rule_path}`}>
                  Approve
                </Button>
              )}
              {canDecide && state === "manually_approved" && (
                <Button disabled={busyRule === rule.id} onClick={() => onUnapprove(rule)} aria-label={`Unapprove rule: ${rule.rule_name ?? rule.rule_path}`}>
                  Unapprove
                </Button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
