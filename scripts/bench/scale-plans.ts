// For the scale test: the SQL the application sends (recorded at the connection pool, so no copy of a query can
// drift from the code), and its plan under EXPLAIN (ANALYZE, FORMAT JSON) as a short readable tree.
import type { Pool, QueryConfig } from "pg";

export type CapturedQuery = { text: string; values: unknown[] };

export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Parent Relationship"?: string;
  "Subplan Name"?: string;
  "Index Cond"?: string;
  "Filter"?: string;
  "Rows Removed by Filter"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Actual Total Time"?: number;
  Plans?: PlanNode[];
};
export type ExplainedPlan = { Plan: PlanNode; "Planning Time": number; "Execution Time": number };

type Raw = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

/** Records every query sent through `pool.query` (drizzle's path) into `captured`; `raw` runs SQL unrecorded. */
export function capturePoolQueries(pool: Pool): { captured: CapturedQuery[]; raw: Raw } {
  const captured: CapturedQuery[] = [];
  const original = pool.query.bind(pool) as (config: QueryConfig, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  const recording = (config: string | QueryConfig, values?: unknown[]) => {
    const text = typeof config === "string" ? config : config.text;
    captured.push({ text, values: values ?? (typeof config === "string" ? [] : (config.values ?? [])) });
    return original(typeof config === "string" ? { text: config } : config, values);
  };
  pool.query = recording as unknown as Pool["query"];
  return { captured, raw: (text, values) => original({ text }, values) };
}

/** EXPLAIN (ANALYZE) runs the statement: only ever pass it reads. */
export async function explainSelect(raw: Raw, query: CapturedQuery): Promise<ExplainedPlan> {
  if (!/^\s*select/i.test(query.text)) throw new Error(`not a read: ${query.text}`);
  const { rows } = await raw(`explain (analyze, buffers, format json) ${query.text}`, query.values);
  const json = (rows[0] as Record<string, unknown>)["QUERY PLAN"];
  return (typeof json === "string" ? JSON.parse(json) : json)[0] as ExplainedPlan;
}

export function* planNodes(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* planNodes(child);
}

/** `Limit` / `  Index Scan using certificates_list_idx on certificates (11 rows; cond …)`, then the execution time. */
export function formatPlan(plan: ExplainedPlan): string[] {
  const lines: string[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const on = node["Index Name"] ? ` using ${node["Index Name"]}` : "";
    const rel = node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
    const role = node["Subplan Name"] ? `${node["Subplan Name"]}: ` : "";
    const details = [
      `${node["Actual Rows"]} rows${(node["Actual Loops"] ?? 1) > 1 ? ` × ${node["Actual Loops"]} loops` : ""}`,
      node["Index Cond"] && `cond ${node["Index Cond"]}`,
      node.Filter && `filter ${node.Filter} (${node["Rows Removed by Filter"] ?? 0} removed)`,
    ].filter(Boolean);
    lines.push(`${"  ".repeat(depth)}${role}${node["Node Type"]}${on}${rel} (${details.join("; ")})`);
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(plan.Plan, 0);
  lines.push(`execution ${plan["Execution Time"].toFixed(2)} ms, planning ${plan["Planning Time"].toFixed(2)} ms`);
  return lines;
}
