"use client";

import { useState } from "react";
import { SELECTORS } from "@/lib/constants/selectors";
import { doubtOf, hasSource } from "@/lib/certificates/sources";
import { formatDollars, humanize } from "@/lib/format";

type Props = {
  parsed: Record<string, unknown>;
  sources: Record<string, unknown> | null;
  selectedPath: string | null;
  onSelect: (path: string | null) => void;
};

const SECTION_ORDER = ["insured", "coverages", "description_of_operations", "certificate_holder", "producer", "insurers", "certificate_date", "certificate_number"];

function display(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "Not printed";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return key.endsWith("_dollars") ? formatDollars(value) : String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.length ? value.join("; ") : "None";
  return String(value);
}

const isBranch = (v: unknown) => typeof v === "object" && v !== null && !(Array.isArray(v) && v.every((x) => typeof x !== "object"));

/** parsed_certificate_json as readable sections; each value can be pointed at on the PDF. */
function Fields({ value, path, ...rest }: Omit<Props, "parsed"> & { value: Record<string, unknown> | unknown[]; path: string }) {
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {entries.map(([key, v]) => {
        const full = path ? `${path}.${key}` : key;
        if (isBranch(v)) {
          return (
            <div key={full} className="col-span-full mt-2 border-l-2 border-slate-200 pl-3">
              <dt className="text-sm font-semibold text-slate-900">{Array.isArray(value) ? `#${Number(key) + 1}` : humanize(key)}</dt>
              <dd>
                <Fields value={v as Record<string, unknown>} path={full} {...rest} />
              </dd>
            </div>
          );
        }
        const located = hasSource(rest.sources, full);
        const doubt = doubtOf(rest.sources, full);
        const isSelected = rest.selectedPath === full;
        return (
          <div key={full} className="contents">
            <dt className="text-sm text-slate-700">{humanize(key)}</dt>
            <dd>
              <button
                type="button"
                data-testid={SELECTORS.parsedField}
                data-path={full}
                aria-pressed={isSelected}
                disabled={!located}
                title={located ? "Show where this was read on the PDF" : "No position recorded for this value"}
                onClick={() => rest.onSelect(isSelected ? null : full)}
                className={`rounded px-1 text-left text-sm text-slate-900 enabled:hover:bg-amber-100 disabled:cursor-default ${isSelected ? "bg-amber-200" : ""}`}
              >
                {display(key, v)}
                {located && <span aria-hidden="true" className="ml-1 text-xs text-amber-800">◎</span>}
              </button>
              {doubt && (
                <span data-testid={SELECTORS.lowConfidence} className="ml-2 rounded bg-orange-100 px-1 text-xs text-orange-900" title={doubt.note ?? undefined}>
                  needs review{doubt.confidence > 0 ? ` · ${Math.round(doubt.confidence * 100)}% sure` : ""}{doubt.note ? ` · ${doubt.note}` : ""}
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function ParsedData(props: Props) {
  const [view, setView] = useState<"sections" | "raw">("sections");
  const keys = [...SECTION_ORDER.filter((k) => k in props.parsed), ...Object.keys(props.parsed).filter((k) => !SECTION_ORDER.includes(k))];
  return (
    <div className="space-y-3">
      <div role="tablist" aria-label="How to show the parsed data" className="flex gap-1">
        {(["sections", "raw"] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            onClick={() => setView(v)}
            className={`rounded px-3 py-1 text-sm font-medium ${view === v ? "bg-slate-900 text-white" : "bg-white text-slate-900 ring-1 ring-slate-300"}`}
          >
            {v === "sections" ? "Readable" : "Raw JSON"}
          </button>
        ))}
      </div>
      {view === "raw" ? (
        <pre data-testid={SELECTORS.rawJson} tabIndex={0} aria-label="parsed_certificate_json" className="max-h-[32rem] overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {JSON.stringify(props.parsed, null, 2)}
        </pre>
      ) : (
        <div className="space-y-4">
          {keys.map((key) => {
            const value = props.parsed[key];
            return (
              <section key={key} aria-label={humanize(key)} className="rounded border border-slate-200 bg-white p-3">
                <h4 className="mb-1 font-semibold text-slate-900">{humanize(key)}</h4>
                {isBranch(value) ? (
                  <Fields value={value as Record<string, unknown>} path={key} {...props} />
                ) : (
                  <Fields value={{ [key]: value }} path="" {...props} />
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
