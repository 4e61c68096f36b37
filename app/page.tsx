import Link from "next/link";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl p-10">
      <h1 className="text-3xl font-semibold text-slate-900">Coverdesk</h1>
      <p className="mt-3 text-slate-700">
        Certificates of insurance, read in under a second: upload an ACORD 25, see which requirement failed and why.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6 text-slate-700">
        <li>
          <Link className="text-brand underline" href="/login">
            Sign in to the dashboard
          </Link>
        </li>
        <li>
          REST API at <code className="rounded bg-slate-200 px-1">/api/v1</code> —{" "}
          <Link className="text-brand underline" href="/docs">
            API reference
          </Link>{" "}
          (OpenAPI 3.1 at <code className="rounded bg-slate-200 px-1">/api/v1/openapi.json</code>).
        </li>
      </ul>
    </main>
  );
}
