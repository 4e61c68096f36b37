import { requireUser } from "@/lib/auth/session";
import { listContractors } from "@/lib/server/contractors/list-contractors";

export const dynamic = "force-dynamic";

export default async function ContractorsPage() {
  const user = await requireUser();
  const page = await listContractors({ organizationId: user.organizationId, params: { limit: 50 } });
  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">Contractors</h1>
      {page.data.length === 0 ? (
        <p className="text-slate-600">No contractors yet. Create one with the API (POST /api/v1/contractors).</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th className="p-2">Name</th>
              <th className="p-2">Company</th>
              <th className="p-2">Email</th>
            </tr>
          </thead>
          <tbody>
            {page.data.map((c) => (
              <tr key={c.id} className="border-b border-slate-100">
                <td className="p-2">{[c.firstName, c.lastName].filter(Boolean).join(" ") || "—"}</td>
                <td className="p-2">{c.companyName ?? "—"}</td>
                <td className="p-2">{c.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
