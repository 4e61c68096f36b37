type Schema = {
  type?: string | string[];
  $ref?: string;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  format?: string;
  pattern?: string;
  maxLength?: number;
};

const refName = (ref: string) => ref.split("/").at(-1)!;

/** A short type label: `string | null`, `Certificate[]`, `"approved" | "flagged"`. */
export function typeLabel(s: Schema | undefined): string {
  if (!s) return "any";
  if (s.$ref) return refName(s.$ref);
  if (s.anyOf) return s.anyOf.map(typeLabel).join(" | ");
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.type === "array") return `${typeLabel(s.items)}[]`;
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  return s.format ? `${type} (${s.format})` : type;
}

const nestedObject = (s: Schema): Schema | undefined =>
  s.properties ? s : s.anyOf?.find((a) => a.properties) ?? (s.items?.properties ? s.items : undefined);

/** An object's fields as a list, nested objects indented beneath their field (two levels deep). */
export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  if (schema.$ref) return <p className="text-sm">See <a className="underline" href={`#schema-${refName(schema.$ref)}`}>{refName(schema.$ref)}</a></p>;
  if (!schema.properties) return <p className="text-sm"><code>{typeLabel(schema)}</code></p>;
  const required = new Set(schema.required ?? []);
  return (
    <ul className={`space-y-1 text-sm ${depth ? "ml-4 border-l border-slate-200 pl-3" : ""}`}>
      {Object.entries(schema.properties).map(([name, prop]) => {
        const nested = nestedObject(prop);
        return (
          <li key={name}>
            <code className="font-semibold">{name}</code> <code className="text-slate-700">{typeLabel(prop)}</code>
            {required.has(name) && <span className="ml-1 text-xs font-semibold text-red-800">required</span>}
            {nested && depth < 2 && <SchemaView schema={nested} depth={depth + 1} />}
          </li>
        );
      })}
    </ul>
  );
}

export type { Schema };
