import type { ApiCaller } from "./caller";
import type { certificates } from "../db/schema";
import type { ExpandLevel } from "../schemas/certificate";
import { loadReviewResults } from "../server/review-results/load-review-results";
import { baseUrlFor } from "./base-url";
import { serializeCertificate } from "./serializers/certificate";

type Row = typeof certificates.$inferSelect;

/** Serializes certificates with their review results at the requested expand level, in two queries at most. */
export async function serializeCertificates(req: Request, caller: ApiCaller, rows: Row[], expand: ExpandLevel) {
  const bundles =
    expand === "none"
      ? new Map()
      : await loadReviewResults({
          organizationId: caller.organizationId,
          certificateIds: rows.map((r) => r.id),
          withAudits: expand === "full",
        });
  const baseUrl = baseUrlFor(req);
  return rows.map((row) => serializeCertificate({ row, baseUrl, expand, bundle: bundles.get(row.id) }));
}

export async function certificateResponse(req: Request, caller: ApiCaller, row: Row, expand: ExpandLevel, status = 200) {
  const [body] = await serializeCertificates(req, caller, [row], expand);
  return Response.json(body, { status });
}
