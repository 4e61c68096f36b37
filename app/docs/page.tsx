import type { Metadata } from "next";
import { OperationView, type OperationObject } from "@/components/docs/operation-view";
import { SchemaView, type Schema } from "@/components/docs/schema-view";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export const metadata: Metadata = { title: "API reference · Coverdesk" };

// GET /docs – the OpenAPI document, readable: rendered on the server from the same builder, no script, no CDN.
export default function DocsPage() {
  const doc = buildOpenApiDocument();
  const byTag = new Map<string, { method: string; path: string; op: OperationObject }[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods) as [string, OperationObject & { tags: string[] }][]) {
      const list = byTag.get(op.tags[0]) ?? [];
      list.push({ method, path, op });
      byTag.set(op.tags[0], list);
    }
  }
  return (
    <main className="mx-auto max-w-5xl space-y-8 p-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{doc.info.title}</h1>
        <p className="text-slate-800">{doc.info.description}</p>
        <p className="text-sm text-slate-800">
          Authenticate with your secret key as the HTTP Basic user name (<code>curl -u KEY:</code>) or as <code>Authorization: Bearer KEY</code>.
          The machine-readable document: <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {doc.openapi}).
        </p>
        <nav aria-label="API sections">
          <ul className="flex flex-wrap gap-3 text-sm">
            {[...byTag.keys()].map((tag) => (
              <li key={tag}><a className="underline" href={`#tag-${tag.replace(/\W+/g, "-")}`}>{tag}</a></li>
            ))}
            <li><a className="underline" href="#schemas">Objects</a></li>
          </ul>
        </nav>
      </header>
      {[...byTag].map(([tag, ops]) => (
        <section key={tag} id={`tag-${tag.replace(/\W+/g, "-")}`} className="space-y-3">
          <h2 className="text-xl font-semibold">{tag}</h2>
          {ops.map((o) => <OperationView key={`${o.method} ${o.path}`} {...o} />)}
        </section>
      ))}
      <section id="schemas" className="space-y-3">
        <h2 className="text-xl font-semibold">Objects</h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <article key={name} id={`schema-${name}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="mb-2 font-mono font-semibold">{name}</h3>
            <SchemaView schema={schema as Schema} />
          </article>
        ))}
      </section>
    </main>
  );
}
