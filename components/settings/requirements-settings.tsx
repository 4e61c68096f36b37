"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { deleteRequirementAction, listRequirementsAction, saveRequirementAction } from "@/lib/actions/settings";
import { unwrap } from "@/lib/actions/unwrap";
import type { InsuranceRequirement } from "@/lib/schemas/insurance-requirement";
import { Button } from "../ui/button";
import { EmptyState, ErrorState } from "../ui/states";
import { RequirementForm } from "./requirement-form";

export function RequirementsSettings({ initial, canEdit }: { initial: InsuranceRequirement[]; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ["requirements"], queryFn: () => unwrap(listRequirementsAction()), initialData: initial });
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const save = useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: Parameters<typeof saveRequirementAction>[1] }) => unwrap(saveRequirementAction(id, input)),
    onSuccess: () => {
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ["requirements"] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(deleteRequirementAction(id)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["requirements"] }),
  });
  const form = (requirement?: InsuranceRequirement) => (
    <RequirementForm
      requirement={requirement}
      isSaving={save.isPending}
      error={save.error?.message ?? null}
      onSave={(input) => save.mutate({ id: requirement?.id ?? null, input })}
      onCancel={() => setEditing(null)}
    />
  );
  return (
    <section className="space-y-4">
      <p className="text-sm text-slate-800">Each certificate is checked against its contractor&apos;s entity&apos;s requirement, or the default one.</p>
      {query.isError && <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />}
      {remove.error && <ErrorState message={remove.error.message} />}
      {canEdit && editing !== "new" && <Button variant="primary" onClick={() => setEditing("new")}>New requirement</Button>}
      {editing === "new" && form()}
      {query.data.length === 0 && editing !== "new" && <EmptyState title="No insurance requirements">Uploads are refused until there is a default requirement.</EmptyState>}
      <ul className="space-y-3">
        {query.data.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
            {editing === r.id ? (
              form(r)
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h2 className="font-semibold">
                    {r.name} {r.is_default && <span className="ml-1 rounded bg-blue-100 px-1.5 py-0.5 text-xs font-semibold text-blue-900">Default</span>}
                  </h2>
                  {r.description && <p className="text-sm text-slate-800">{r.description}</p>}
                  <p className="text-xs text-slate-700">
                    {Object.keys(r.rules.coverages ?? {}).length} coverages checked
                    {r.rules.signature_required ? " · signature required" : ""}
                    {r.rules.certificate_holder_name ? ` · holder “${r.rules.certificate_holder_name}”` : ""}
                  </p>
                </div>
                {canEdit && (
                  <div className="flex gap-2">
                    <Button onClick={() => setEditing(r.id)} aria-label={`Edit ${r.name}`}>Edit</Button>
                    <Button onClick={() => confirm(`Delete the requirement “${r.name}”?`) && remove.mutate(r.id)} aria-label={`Delete ${r.name}`}>Delete</Button>
                  </div>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
