import Link from "next/link";
import { SELECTORS } from "@/lib/constants/selectors";
import { formatTime } from "@/lib/format";
import type { CertificateObject } from "@/lib/schemas/certificate";
import { StatusBadge } from "../ui/status-badge";

function Summary({ certificate }: { certificate: CertificateObject }) {
  if (certificate.status === "error") return <span className="text-purple-900">{certificate.error?.message}</span>;
  const s = certificate.review_results?.summary;
  if (!s) return <span className="text-slate-700">Reading…</span>;
  return (
    <span className="text-slate-800">
      {s.passed} passed · {s.failed} failed{s.manually_approved ? ` · ${s.manually_approved} approved by a reviewer` : ""}
    </span>
  );
}

export function CertificateTable({ certificates }: { certificates: CertificateObject[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[640px] text-left text-sm">
        <caption className="sr-only">Certificates, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className="p-3 font-semibold">File</th>
            <th scope="col" className="p-3 font-semibold">Uploaded</th>
            <th scope="col" className="p-3 font-semibold">Status</th>
            <th scope="col" className="p-3 font-semibold">Rules</th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((c) => (
            <tr key={c.id} data-testid={SELECTORS.certificateRow} data-certificate-id={c.id} className="border-b border-slate-100 last:border-0">
              <td className="p-3">
                <Link href={`/certificates/${c.id}`} className="font-medium text-brand underline-offset-2 hover:underline">
                  {c.filename}
                </Link>
              </td>
              <td className="p-3 whitespace-nowrap text-slate-800">{formatTime(c.created)}</td>
              <td className="p-3"><StatusBadge status={c.status} /></td>
              <td className="p-3"><Summary certificate={c} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
