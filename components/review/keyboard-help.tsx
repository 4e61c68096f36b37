const KEYS = [
  ["j", "next certificate"],
  ["k", "previous certificate"],
  ["a", "approve the selected rule"],
  ["d", "deny (asks for a reason)"],
  ["o", "show or hide the PDF"],
] as const;

export function KeyboardHelp({ canReview }: { canReview: boolean }) {
  return (
    <ul aria-label="Keyboard shortcuts" className="flex flex-wrap gap-3 text-xs text-slate-800">
      {KEYS.filter(([key]) => canReview || (key !== "a" && key !== "d")).map(([key, what]) => (
        <li key={key}>
          <kbd className="rounded border border-slate-400 bg-white px-1.5 py-0.5 font-mono">{key}</kbd> {what}
        </li>
      ))}
    </ul>
  );
}
