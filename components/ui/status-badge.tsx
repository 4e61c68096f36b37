import type { CertificateStatus } from "@/lib/schemas/enums";
import { SELECTORS } from "@/lib/constants/selectors";

type Look = { label: string; symbol: string; className: string };

// Each status differs in text, symbol and color, so it reads without color vision too. Dark text on light tints
// keeps contrast above 7:1.
export function statusLook(status: CertificateStatus): Look {
  switch (status) {
    case "pending":
      return { label: "Pending", symbol: "○", className: "bg-slate-100 text-slate-800 ring-slate-300" };
    case "processing":
      return { label: "Processing", symbol: "◔", className: "bg-sky-100 text-sky-900 ring-sky-300" };
    case "approved":
      return { label: "Approved", symbol: "✓", className: "bg-green-100 text-green-900 ring-green-300" };
    case "flagged":
      return { label: "Flagged", symbol: "⚑", className: "bg-amber-100 text-amber-900 ring-amber-300" };
    case "denied":
      return { label: "Denied", symbol: "✕", className: "bg-red-100 text-red-900 ring-red-300" };
    case "error":
      return { label: "Error", symbol: "!", className: "bg-purple-100 text-purple-900 ring-purple-300" };
    default: {
      const never: never = status;
      return { label: String(never), symbol: "?", className: "bg-slate-100 text-slate-800 ring-slate-300" };
    }
  }
}

export function StatusBadge({ status, testId = SELECTORS.statusBadge }: { status: CertificateStatus; testId?: string }) {
  const look = statusLook(status);
  return (
    <span
      data-testid={testId}
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${look.className}`}
    >
      <span aria-hidden="true">{look.symbol}</span>
      {look.label}
    </span>
  );
}
