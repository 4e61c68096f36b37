"use server";

import type { Contractor } from "../schemas/contractor";
import { runAction } from "./run-action";

export type TriageItem = {
  id: string;
  status: "flagged" | "error";
  filename: string;
  created: number;
  contractor: { id: string; name: string };
  failed: number;
  error: string | null;
};

const nameOf = (c: Contractor | undefined) =>
  c ? c.company_name || [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email : "Unknown contractor";

/** Flagged and errored certificates across contractors, oldest first, with the queue's size. */
export async function getTriageQueueAction(limit = 50) {
  return runAction(async (api) => {
    // The count runs alongside the list and the contractor-name lookup that depends on it.
    const statsPromise = api.certificates.stats();
    const page = await api.certificates.list({ status: ["flagged", "error"], order: "asc", limit, expand: "review_results" });
    const ids = [...new Set(page.data.map((c) => c.contractor))];
    const [contractorPage, stats] = await Promise.all([ids.length ? api.contractors.list({ ids, limit: 100 }) : null, statsPromise]);
    const contractors = contractorPage?.data ?? [];
    const byId = new Map(contractors.map((c) => [c.id, c]));
    const items: TriageItem[] = page.data.map((c) => ({
      id: c.id,
      status: c.status === "error" ? "error" : "flagged",
      filename: c.filename,
      created: c.created,
      contractor: { id: c.contractor, name: nameOf(byId.get(c.contractor)) },
      failed: c.review_results?.summary.failed ?? 0,
      error: c.error?.message ?? null,
    }));
    return { items, count: stats.by_status.flagged + stats.by_status.error };
  });
}
