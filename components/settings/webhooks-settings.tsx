"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createWebhookEndpointAction, deleteWebhookEndpointAction, enableWebhookEndpointAction, listWebhookDeliveriesAction, listWebhookEndpointsAction } from "@/lib/actions/webhooks";
import { unwrap } from "@/lib/actions/unwrap";
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointShape } from "@/lib/api-client/webhooks";
import { SELECTORS } from "@/lib/constants/selectors";
import { formatTime } from "@/lib/format";
import { Button, inputClass, labelClass } from "../ui/button";
import { EmptyState, ErrorState, LoadingState } from "../ui/states";
import { SecretOnce } from "./secret-once";

function Deliveries({ endpointId }: { endpointId: string }) {
  const query = useQuery({ queryKey: ["webhook-deliveries", endpointId], queryFn: () => unwrap(listWebhookDeliveriesAction(endpointId)), refetchInterval: 5000 });
  if (query.isError) return <ErrorState message={query.error.message} />;
  if (!query.data) return <LoadingState label="Loading deliveries…" />;
  if (query.data.length === 0) return <p className="text-sm text-slate-800">No deliveries yet.</p>;
  return (
    <table className="w-full text-left text-xs">
      <caption className="sr-only">Recent deliveries</caption>
      <thead><tr><th scope="col" className="p-1">Event</th><th scope="col" className="p-1">Status</th><th scope="col" className="p-1">Attempts</th><th scope="col" className="p-1">Last response</th><th scope="col" className="p-1">Created</th></tr></thead>
      <tbody>
        {query.data.map((d) => (
          <tr key={d.id} className="border-t border-slate-100">
            <td className="p-1">{d.event_type ?? d.event}</td>
            <td className="p-1">{d.status}</td>
            <td className="p-1">{d.attempt_count}</td>
            <td className="p-1">{d.last_status_code ?? d.last_error ?? "—"}</td>
            <td className="p-1">{formatTime(d.created)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WebhooksSettings({ initial, loadError, canManage }: { initial: WebhookEndpointShape[] | null; loadError: string | null; canManage: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ["webhooks"], queryFn: () => unwrap(listWebhookEndpointsAction()), initialData: initial ?? undefined, enabled: !loadError });
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<string[]>([...WEBHOOK_EVENT_TYPES]);
  const [secret, setSecret] = useState<string | null>(null);
  const [openLog, setOpenLog] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["webhooks"] });
  const create = useMutation({
    mutationFn: () => unwrap(createWebhookEndpointAction({ url, events })),
    onSuccess: (endpoint) => {
      setSecret(endpoint.secret ?? null);
      setUrl("");
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => unwrap(deleteWebhookEndpointAction(id)), onSuccess: refresh });
  const enable = useMutation({ mutationFn: (id: string) => unwrap(enableWebhookEndpointAction(id)), onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  if (loadError) return <ErrorState message={`Webhook endpoints are not available: ${loadError}`} />;
  return (
    <section className="space-y-4">
      <p className="text-sm text-slate-800">Coverdesk posts certificate.approved, .flagged and .denied events, signed with the endpoint&apos;s secret (Standard Webhooks).</p>
      {canManage ? (
        <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div>
            <label htmlFor="webhook-url" className={labelClass}>Endpoint URL</label>
            <input id="webhook-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} required placeholder="https://example.com/coverdesk" className={inputClass} />
          </div>
          <fieldset className="flex flex-wrap gap-4">
            <legend className={labelClass}>Events</legend>
            {WEBHOOK_EVENT_TYPES.map((t) => (
              <label key={t} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={events.includes(t)} onChange={(e) => setEvents((list) => (e.target.checked ? [...list, t] : list.filter((x) => x !== t)))} />
                {t}
              </label>
            ))}
          </fieldset>
          <Button type="submit" variant="primary" disabled={create.isPending}>Add endpoint</Button>
        </form>
      ) : (
        <p className="text-sm text-slate-800">Only admins can manage webhook endpoints.</p>
      )}
      {secret && <SecretOnce label="The endpoint's signing secret" secret={secret} testId={SELECTORS.webhookSecret} onDone={() => setSecret(null)} />}
      {(create.error || remove.error || enable.error) && <ErrorState message={(create.error ?? remove.error ?? enable.error)!.message} />}
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      {!query.data ? (
        <LoadingState />
      ) : query.data.length === 0 ? (
        <EmptyState title="No webhook endpoints" />
      ) : (
        <ul className="space-y-2">
          {query.data.map((w) => (
            <li key={w.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="break-all">
                  <span className="font-medium">{w.url}</span> · {w.events.join(", ")} · {w.status}
                  {w.disabled_reason ? <span className="block text-xs text-red-800">{w.disabled_reason}</span> : null}
                </span>
                <span className="flex gap-2">
                  {canManage && w.status === "disabled" && (
                    <Button onClick={() => enable.mutate(w.id)} aria-label={`Re-enable ${w.url}`} disabled={enable.isPending}>Re-enable</Button>
                  )}
                  <Button aria-expanded={openLog === w.id} onClick={() => setOpenLog(openLog === w.id ? null : w.id)}>Delivery log</Button>
                  {canManage && <Button onClick={() => confirm(`Delete the endpoint ${w.url}?`) && remove.mutate(w.id)} aria-label={`Delete ${w.url}`}>Delete</Button>}
                </span>
              </div>
              {openLog === w.id && <Deliveries endpointId={w.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
