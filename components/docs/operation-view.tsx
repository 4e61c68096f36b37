import { SchemaView, type Schema } from "./schema-view";

type Parameter = { name: string; in: string; description?: string };
type Media = Record<string, { schema: Schema }>;
export type OperationObject = {
  operationId: string;
  summary: string;
  parameters?: Parameter[];
  requestBody?: { content: Media };
  responses: Record<string, { description: string; content?: Media }>;
};

const METHOD_COLORS: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-900",
  post: "bg-blue-100 text-blue-900",
  put: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-900",
};

export function OperationView({ method, path, op }: { method: string; path: string; op: OperationObject }) {
  const body = op.requestBody && Object.entries(op.requestBody.content)[0];
  return (
    <article id={op.operationId} data-testid="docs-operation" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <span className={`rounded px-2 py-0.5 font-semibold uppercase ${METHOD_COLORS[method] ?? ""}`}>{method}</span>
        <span>{`/api/v1${path}`}</span>
      </h3>
      <p className="text-sm text-slate-800">{op.summary}</p>
      {op.parameters && (
        <ul className="space-y-1 text-sm">
          {op.parameters.map((p) => (
            <li key={`${p.in}-${p.name}`}>
              <code className="font-semibold">{p.name}</code> <span className="text-slate-700">({p.in})</span> {p.description}
            </li>
          ))}
        </ul>
      )}
      {body && (
        <div>
          <h4 className="text-sm font-semibold">Body <span className="font-normal text-slate-700">({Object.keys(op.requestBody!.content).join(", ")})</span></h4>
          <SchemaView schema={body[1].schema} />
        </div>
      )}
      <div>
        <h4 className="text-sm font-semibold">Responses</h4>
        <ul className="space-y-1 text-sm">
          {Object.entries(op.responses).map(([status, r]) => {
            const schema = r.content && Object.values(r.content)[0]?.schema;
            const ref = schema?.$ref ?? schema?.properties?.data?.items?.$ref;
            const name = ref?.split("/").at(-1);
            return (
              <li key={status}>
                <code className="font-semibold">{status}</code> {r.description}
                {name && name !== "Error" && (
                  <> · <a className="underline" href={`#schema-${name}`}>{schema?.properties?.data ? `list of ${name}` : name}</a></>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </article>
  );
}
