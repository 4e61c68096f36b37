"use client";

import { useState, type FormEvent } from "react";
import { fieldName, rulesFromForm } from "@/lib/certificates/rules-form";
import { COVERAGE_KEYS, LIMIT_KEYS, type CoverageKey } from "@/lib/coi/rules";
import { humanize } from "@/lib/format";
import type { InsuranceRequirement } from "@/lib/schemas/insurance-requirement";
import { Button, inputClass, labelClass } from "../ui/button";

type Props = {
  requirement?: InsuranceRequirement;
  isSaving: boolean;
  error: string | null;
  onSave: (input: { name: string; description: string; is_default: boolean; rules: InsuranceRequirement["rules"] }) => void;
  onCancel: () => void;
};

function Check({ name, label, checked }: { name: string; label: string; checked?: boolean }) {
  const id = `rq-${name}`;
  return (
    <div className="flex items-center gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={checked} className="h-4 w-4" />
      <label htmlFor={id} className="text-sm text-slate-900">{label}</label>
    </div>
  );
}

function CoverageFieldset({ coverage, rules }: { coverage: CoverageKey; rules?: InsuranceRequirement["rules"] }) {
  const rule = rules?.coverages?.[coverage];
  const limits = (rule?.limits ?? {}) as Record<string, number | undefined>;
  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{humanize(coverage)}</legend>
      <div className="flex flex-wrap gap-4">
        <Check name={fieldName.required(coverage)} label="Required" checked={rule?.required} />
        <Check name={fieldName.additionalInsured(coverage)} label="Additional insured required" checked={rule?.additional_insured_required} />
        <Check name={fieldName.subrogation(coverage)} label="Waiver of subrogation required" checked={rule?.subrogation_waiver_required} />
      </div>
      <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {LIMIT_KEYS[coverage].map((limit) => (
          <div key={limit}>
            <label htmlFor={`rq-${coverage}-${limit}`} className={labelClass}>Minimum {humanize(limit).toLowerCase()} ($)</label>
            <input id={`rq-${coverage}-${limit}`} name={fieldName.limit(coverage, limit)} inputMode="numeric" defaultValue={limits[limit] ?? ""} className={inputClass} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A form over the rules schema: every rule a requirement can hold, none of it typed as JSON. */
export function RequirementForm({ requirement, isSaving, error, onSave, onCancel }: Props) {
  const [localError, setLocalError] = useState<string | null>(null);
  const rules = requirement?.rules;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = rulesFromForm(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setLocalError(`${issue.path.map(String).map(humanize).join(" › ")}: ${issue.message}`);
    }
    setLocalError(null);
    onSave({ name: String(form.get("name") ?? ""), description: String(form.get("description") ?? ""), is_default: Boolean(form.get("is_default")), rules: parsed.data });
  }
  const shown = localError ?? error;
  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="rq-name" className={labelClass}>Name</label>
          <input id="rq-name" name="name" required defaultValue={requirement?.name ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="rq-description" className={labelClass}>Description</label>
          <input id="rq-description" name="description" defaultValue={requirement?.description ?? ""} className={inputClass} />
        </div>
      </div>
      <Check name="is_default" label="Default requirement (used when a contractor's entity has none)" checked={requirement?.is_default} />
      {COVERAGE_KEYS.map((c) => <CoverageFieldset key={c} coverage={c} rules={rules} />)}
      <fieldset className="grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Parties, dates and signature</legend>
        <div>
          <label htmlFor="rq-days" className={labelClass}>Policies must run at least (days)</label>
          <input id="rq-days" name="min_days_until_expiration" inputMode="numeric" defaultValue={rules?.min_days_until_expiration ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="rq-holder" className={labelClass}>Certificate holder name</label>
          <input id="rq-holder" name="certificate_holder_name" defaultValue={rules?.certificate_holder_name ?? ""} className={inputClass} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="rq-ai" className={labelClass}>Additional insureds (one per line)</label>
          <textarea id="rq-ai" name="additional_insured_names" rows={2} defaultValue={(rules?.additional_insured_names ?? []).join("\n")} className={inputClass} />
        </div>
        <Check name="insured_name_matches_contractor" label="Insured must match the contractor's name" checked={rules?.insured_name_matches_contractor} />
        <Check name="signature_required" label="Signature required" checked={rules?.signature_required} />
      </fieldset>
      {shown && <p role="alert" className="text-sm text-red-800">{shown}</p>}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={isSaving}>{isSaving ? "Saving…" : "Save requirement"}</Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
