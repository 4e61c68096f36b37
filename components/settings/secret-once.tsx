"use client";

import { useState } from "react";
import { Button } from "../ui/button";

/** A secret shown exactly once, right after it was created. */
export function SecretOnce({ label, secret, testId, onDone }: { label: string; secret: string; testId: string; onDone: () => void }) {
  const [isCopied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm">
      <p className="font-semibold text-amber-950">{label}: copy it now — it will not be shown again.</p>
      <code data-testid={testId} className="block break-all rounded bg-white p-2 font-mono text-slate-900">{secret}</code>
      <div className="flex gap-2">
        <Button onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}>{isCopied ? "Copied" : "Copy"}</Button>
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
