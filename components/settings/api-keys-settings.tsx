"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createApiKeyAction, listApiKeysAction, revokeApiKeyAction } from "@/lib/actions/admin";
import { unwrap } from "@/lib/actions/unwrap";
import { SELECTORS } from "@/lib/constants/selectors";
import { formatTime } from "@/lib/format";
import type { ApiKeyObject } from "@/lib/schemas/api-key";
import { Button, inputClass, labelClass } from "../ui/button";
import { EmptyState, ErrorState } from "../ui/states";
import { SecretOnce } from "./secret-once";

export function ApiKeysSettings({ initial, canManage }: { initial: ApiKeyObject[]; canManage: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ["api-keys"], queryFn: () => unwrap(listApiKeysAction()), initialData: initial });
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["api-keys"] });
  const create = useMutation({
    mutationFn: () => unwrap(createApiKeyAction(name || "API key")),
    onSuccess: (key) => {
      setSecret(key.secret);
      setName("");
      refresh();
    },
  });
  const revoke = useMutation({ mutationFn: (id: string) => unwrap(revokeApiKeyAction(id)), onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section className="space-y-4">
      <p className="text-sm text-slate-800">Keys act on the API as this organization with full rights. Only a hash is stored.</p>
      {!canManage && <p className="text-sm text-slate-800">Only admins can create or revoke keys.</p>}
      {canManage && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="min-w-[16rem] flex-1">
            <label htmlFor="key-name" className={labelClass}>Key name</label>
            <input id="key-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Payroll integration" className={inputClass} />
          </div>
          <Button type="submit" variant="primary" disabled={create.isPending}>Create key</Button>
        </form>
      )}
      {secret && <SecretOnce label="Your new API key" secret={secret} testId={SELECTORS.apiKeySecret} onDone={() => setSecret(null)} />}
      {(create.error || revoke.error) && <ErrorState message={(create.error ?? revoke.error)!.message} />}
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      {query.data.length === 0 ? (
        <EmptyState title="No API keys" />
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {query.data.map((k) => (
            <li key={k.id} data-key-id={k.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <span>
                <span className="font-medium">{k.name}</span> · <code>{k.prefix}…</code> · created {formatTime(k.created)} · {k.last_used ? `last used ${formatTime(k.last_used)}` : "never used"}
                {k.revoked && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-900">Revoked {formatTime(k.revoked)}</span>}
              </span>
              {canManage && !k.revoked && (
                <Button variant="danger" onClick={() => confirm(`Revoke “${k.name}”? Integrations using it stop working at once.`) && revoke.mutate(k.id)} aria-label={`Revoke ${k.name}`}>
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
