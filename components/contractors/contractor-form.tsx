"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createContractorAction, updateContractorAction } from "@/lib/actions/contractors";
import { createContractorSchema, type Contractor } from "@/lib/schemas/contractor";
import type { Entity } from "@/lib/schemas/entity";
import { Button, inputClass, labelClass } from "../ui/button";

type Props = { contractor?: Contractor; entities: Entity[] };

const FIELDS = [
  { name: "first_name", label: "First name", autoComplete: "given-name" },
  { name: "last_name", label: "Last name", autoComplete: "family-name" },
  { name: "company_name", label: "Company", autoComplete: "organization" },
  { name: "email", label: "Email", autoComplete: "email", type: "email", required: true },
  { name: "phone", label: "Phone", autoComplete: "tel", type: "tel" },
] as const;

/** Create and edit share one form; the same zod schema as the API checks it before the round trip. */
export function ContractorForm({ contractor, entities }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const raw = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const parsed = createContractorSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(`${FIELDS.find((f) => f.name === issue.path[0])?.label ?? issue.path.join(".")}: ${issue.message}`);
      return;
    }
    setSaving(true);
    const result = contractor ? await updateContractorAction(contractor.id, parsed.data) : await createContractorAction(parsed.data);
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    router.push(`/contractors/${result.data.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`contractor-${f.name}`} className={labelClass}>
              {f.label}
              {"required" in f && <span aria-hidden="true"> *</span>}
            </label>
            <input
              id={`contractor-${f.name}`}
              name={f.name}
              type={"type" in f ? f.type : "text"}
              autoComplete={f.autoComplete}
              required={"required" in f}
              defaultValue={(contractor?.[f.name] as string | null) ?? ""}
              className={inputClass}
            />
          </div>
        ))}
        <div>
          <label htmlFor="contractor-entity" className={labelClass}>
            Entity (its insurance requirement applies)
          </label>
          <select id="contractor-entity" name="entity" defaultValue={contractor?.entity ?? ""} className={inputClass}>
            <option value="">None — use the default requirement</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? "Saving…" : contractor ? "Save changes" : "Create contractor"}
        </Button>
        <Button onClick={() => router.back()}>Cancel</Button>
      </div>
    </form>
  );
}
