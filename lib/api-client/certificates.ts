import { certificateSchema, type CertificateObject } from "../schemas/certificate";
import { certificateStatsSchema } from "../schemas/certificate-stats";
import type { CertificateStatus } from "../schemas/enums";
import { listOf, type ListQuery, type Transport } from "./core";

export type Expand = "none" | "review_results" | "review_results.full";
export type ListCertificatesQuery = ListQuery & { contractor?: string; status?: CertificateStatus[]; order?: "asc" | "desc"; expand?: Expand };

const expandQuery = (expand: Expand = "none") => (expand === "none" ? undefined : [expand]);
const certificateList = listOf(certificateSchema);

export function certificatesClient(t: Transport) {
  const path = (id: string) => `/files/certificates/${encodeURIComponent(id)}`;
  return {
    list: ({ status, expand, ...query }: ListCertificatesQuery = {}) =>
      t.request(certificateList, "GET", "/files/certificates", { query: { ...query, status: status?.join(","), "expand[]": expandQuery(expand) } }),
    get: (id: string, expand: Expand = "review_results.full"): Promise<CertificateObject> =>
      t.request(certificateSchema, "GET", path(id), { query: { "expand[]": expandQuery(expand) } }),
    approveRule: (id: string, auditResultId: string) =>
      t.request(certificateSchema, "POST", `${path(id)}/audit_results/${encodeURIComponent(auditResultId)}/approve`, { query: { "expand[]": ["review_results.full"] } }),
    unapproveRule: (id: string, auditResultId: string) =>
      t.request(certificateSchema, "POST", `${path(id)}/audit_results/${encodeURIComponent(auditResultId)}/unapprove`, { query: { "expand[]": ["review_results.full"] } }),
    deny: (id: string, reason?: string) =>
      t.request(certificateSchema, "POST", `${path(id)}/deny`, { body: { reason }, query: { "expand[]": ["review_results.full"] } }),
    /** Streams a multipart body straight through, so the API applies its own size and type checks. */
    uploadRaw: (body: ReadableStream<Uint8Array>, contentType: string) =>
      t.raw("POST", "/files/certificates", { body, headers: { "Content-Type": contentType }, duplex: "half" }),
    pdf: (id: string) => t.raw("GET", `${path(id)}/pdf`),
    stats: () => t.request(certificateStatsSchema, "GET", "/certificate_stats"),
  };
}
