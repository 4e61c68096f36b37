"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createEntityAction, deleteEntityAction, listEntitiesAction } from "@/lib/actions/settings";
import { unwrap } from "@/lib/actions/unwrap";
import type { Entity } from "@/lib/schemas/entity";
import type { InsuranceRequirement } from "@/lib/schemas/insurance-requirement";
import { Button, inputClass, labelClass } from "../ui/button";
import { EmptyState, ErrorState } from "../ui/states";

type Props = { initial: Entity[]; requirements: InsuranceRequirement[]; canEdit: boolean };

export function EntitiesSettings({ initial, requirements, canEdit }: Props) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ["entities"], queryFn: () => unwrap(listEntitiesAction()), initialData: initial });
  const [name, setName] = useState("");
  const [requirement, setRequirement] = useState("");
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["entities"] });
  const create = useMutation({
    mutationFn: () => unwrap(createEntityAction({ name, insurance_requirement: requirement || null })),
    onSuccess: () => {
      setName("");
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: string) => unwrap(deleteEntityAction(id)), onSuccess: refresh });
  const requirementName = (id: string | null) => requirements.find((r) => r.id === id)?.name ?? "Default requirement";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section className="space-y-4">
      <p className="text-sm text-slate-800">Entities group contractors (a client, a region, a line of business) and choose which requirement applies to them.</p>
      {canEdit && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="min-w-[14rem] flex-1">
            <label htmlFor="entity-name" className={labelClass}>Entity name</label>
            <input id="entity-name" value={name} onChange={(e) => setName(e.target.value)} required className={inputClass} />
          </div>
          <div className="min-w-[14rem] flex-1">
            <label htmlFor="entity-requirement" className={labelClass}>Insurance requirement</label>
            <select id="entity-requirement" value={requirement} onChange={(e) => setRequirement(e.target.value)} className={inputClass}>
              <option value="">The default requirement</option>
              {requirements.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
          </div>
          <Button type="submit" variant="primary" disabled={create.isPending}>Add entity</Button>
        </form>
      )}
      {(create.error || remove.error) && <ErrorState message={(create.error ?? remove.error)!.message} />}
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      {query.data.length === 0 ? (
        <EmptyState title="No entities yet">Contractors without an entity use the default requirement.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {query.data.map((e) => (
            <li key={e.id} className="flex items-center justify-between gap-2 p-3 text-sm">
              <span><span className="font-medium">{e.name}</span> · {requirementName(e.insurance_requirement)}</span>
              {canEdit && <Button onClick={() => confirm(`Delete the entity “${e.name}”?`) && remove.mutate(e.id)} aria-label={`Delete ${e.name}`}>Delete</Button>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
