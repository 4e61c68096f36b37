"use client";

import { useState, type FormEvent } from "react";
import { Button, inputClass, labelClass } from "../ui/button";

type Props = { onDeny: (reason: string) => void; isBusy: boolean; idPrefix?: string; autoFocus?: boolean; onCancel?: () => void };

/** Denying is final for a certificate, so it asks for the reason the contractor will be told. */
export function DenyForm({ onDeny, isBusy, idPrefix = "deny", autoFocus, onCancel }: Props) {
  const [reason, setReason] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    onDeny(reason);
  }
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={`${idPrefix}-reason`} className={labelClass}>
        Reason for denying
      </label>
      <textarea
        id={`${idPrefix}-reason`}
        value={reason}
        autoFocus={autoFocus}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel?.();
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) submit(e);
        }}
        rows={2}
        maxLength={2000}
        className={inputClass}
        placeholder="e.g. Workers compensation policy has expired"
      />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={isBusy}>
          {isBusy ? "Denying…" : "Deny certificate"}
        </Button>
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}
