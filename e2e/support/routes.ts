import fs from "node:fs";
import path from "node:path";

// Discovers routes from the files themselves at test time, so a route added later is tested (or fails the test
// until someone says how to fill its IDs) without anyone remembering to list it.

export type DiscoveredRoute = {
  /** As the URL reads, with Next's segments kept: `/files/certificates/[id]/audit_results/[auditResultId]/approve`. */
  template: string;
  methods: string[];
  file: string;
};

const ROOT = path.join(__dirname, "..", "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string, found: string[]) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.name === "route.ts" || entry.name === "page.tsx") found.push(full);
  }
}

/** The HTTP methods a route file exports (`export const GET =`, `export async function POST`, `export { x as PUT }`). */
export function exportedMethods(source: string): string[] {
  const methods = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const m of block[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
  }
  return METHODS.filter((m) => methods.has(m));
}

function discover(base: string, fileName: "route.ts" | "page.tsx"): DiscoveredRoute[] {
  const files: string[] = [];
  walk(path.join(ROOT, base), files);
  return files
    .filter((f) => path.basename(f) === fileName)
    .map((file) => {
      const rel = path.relative(path.join(ROOT, base), path.dirname(file)).split(path.sep);
      // Route groups like `(dashboard)` are not part of the URL.
      const template = `/${rel.filter((s) => s && !/^\(.*\)$/.test(s)).join("/")}`.replace(/\/$/, "") || "/";
      const methods = fileName === "page.tsx" ? ["GET"] : exportedMethods(fs.readFileSync(file, "utf8"));
      return { template, methods, file: path.relative(ROOT, file) };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}

/** Every `app/api/v1/**\/route.ts`, as paths under `/api/v1`. */
export const apiRoutes = () => discover("app/api/v1", "route.ts");

/** Every dashboard page and route handler under `app/(dashboard)`. */
export const dashboardRoutes = () => [...discover("app/(dashboard)", "page.tsx"), ...discover("app/(dashboard)", "route.ts")];

/** `[id]` → `id`; the names of a template's dynamic segments, in order. */
export const segmentNames = (template: string) => [...template.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((m) => m[2]);

/** The OpenAPI form of a template: `/contractors/[id]` → `/contractors/{id}`. */
export const toOpenApiPath = (template: string) => template.replace(/\[([^\]]+)\]/g, "{$1}");
