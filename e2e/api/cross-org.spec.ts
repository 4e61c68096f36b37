import { fillablePdf } from "../support/certificates";
import { expect, test, type ApiClient, type Json } from "../support/fixtures";
import { idsOf, objectKeyFor, seedOrgObjects, type OrgObjects } from "../support/org-objects";
import { apiRoutes, segmentNames, type DiscoveredRoute } from "../support/routes";

// Every route file under app/api/v1 is found at test time and called with organization B's key and organization
// A's IDs. A route added later is covered at once, or fails here until its IDs and write body are described below.

// Routes that hold no organization's data: they answer everyone the same.
const PUBLIC = new Set(["/[[...path]]", "/openapi.json"]);

type Body = { body: (a: OrgObjects) => Json; refersToA?: true } | { upload: true; refersToA: true } | { noIds: string };

// The body of every write. Where a body can name another object it names A's, and the write is also tried on B's
// own collection or object: that must be refused too, and leave nothing behind.
const WRITES: Record<string, Body> = {
  "POST /contractors": { body: (a) => ({ email: `x${Date.now()}@example.com`, entity: a.entities }), refersToA: true },
  "POST /entities": { body: (a) => ({ name: "Hijacked", insurance_requirement: a.insurance_requirements }), refersToA: true },
  "POST /files/certificates": { upload: true, refersToA: true },
  "POST /insurance_requirements": { noIds: "a name and rules only" },
  "POST /api_keys": { noIds: "a name only" },
  "POST /users": { noIds: "email, password, role" },
  "POST /webhook_endpoints": { noIds: "url, events, description" },
  "PUT /contractors/[id]": { body: (a) => ({ first_name: "Hijacked", entity: a.entities }), refersToA: true },
  "PUT /entities/[id]": { body: (a) => ({ name: "Hijacked", insurance_requirement: a.insurance_requirements }), refersToA: true },
  "PUT /insurance_requirements/[id]": { body: () => ({ name: "Hijacked", is_default: true }) },
  "PUT /webhook_endpoints/[id]": { body: () => ({ description: "Hijacked", disabled: true }) },
  "POST /webhook_endpoints/[id]/rotate_secret": { body: () => ({ expires_in_hours: 0 }) },
  "PUT /users/[id]": { body: () => ({ role: "viewer" }) },
  "POST /events/[id]/resend": { body: (a) => ({ endpoint: a.webhook_endpoints }), refersToA: true },
  "POST /files/certificates/[id]/deny": { body: () => ({ reason: "Hijacked" }) },
  "POST /files/certificates/[id]/audit_results/[auditResultId]/approve": { body: () => ({}) },
  "POST /files/certificates/[id]/audit_results/[auditResultId]/unapprove": { body: () => ({}) },
};

// List filters that take an ID: given A's, B's list must stay empty of A's objects (or refuse the filter).
const LIST_FILTERS: Record<string, (a: OrgObjects) => string[]> = {
  "/contractors": (a) => [`ids=${a.contractors}`, `email=${encodeURIComponent(`${a.marker.toLowerCase()}@example.com`)}`, `search=${a.marker}`],
  "/files/certificates": (a) => [`contractor=${a.contractors}`],
  "/entities": (a) => [`insurance_requirement=${a.insurance_requirements}`],
  "/audit_log": (a) => [`target=${a.contractors}`, `actor=api_key:${a.api_keys}`],
};

const fill = (route: DiscoveredRoute, objects: OrgObjects[]) => {
  let i = 0;
  return route.template.replace(/\[([^\]]+)\]/g, (_, name: string) => objects[Math.min(i++, objects.length - 1)][objectKeyFor(route.template, name)!]);
};

function call(client: ApiClient, method: string, path: string, data?: Json) {
  return client.request.fetch(`/api/v1${path}`, { method, headers: client.auth, data: method === "GET" || method === "DELETE" ? undefined : (data ?? {}) });
}

/** Every one of A's objects as A sees it, to prove afterwards that B changed nothing. */
async function snapshot(a: ApiClient, o: OrgObjects) {
  const get = async (p: string) => a.json(a.get(p), 200);
  const keys = await get("/api_keys?limit=100");
  return {
    requirement: await get(`/insurance_requirements/${o.insurance_requirements}`),
    entity: await get(`/entities/${o.entities}`),
    contractor: await get(`/contractors/${o.contractors}`),
    certificate: await get(`/files/certificates/${o.certificates}?expand[]=review_results.full`),
    event: await get(`/events/${o.events}`),
    webhook: await get(`/webhook_endpoints/${o.webhook_endpoints}`),
    deliveries: await get(`/webhook_endpoints/${o.webhook_endpoints}/deliveries`),
    key: keys.data.find((k: Json) => k.id === o.api_keys),
    user: await get(`/users/${o.users}`),
  };
}

test("organization B cannot read, change or reference any of organization A's objects on any API route", async ({ api, freshApi }) => {
  const b = freshApi();
  const [a, own] = await Promise.all([seedOrgObjects(api, "CrossOrgA"), seedOrgObjects(b, "CrossOrgB")]);
  const before = await snapshot(api, a);
  const aIds = idsOf(a);
  // A "not found" message may repeat the ID that was asked for; anything else of A's is a leak.
  const leaks = (text: string, asked = "") => [...aIds, a.marker].filter((id) => text.includes(id) && !asked.includes(id));
  const routes = apiRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const problems: string[] = [];
  const checked: string[] = [];

  for (const route of routes) {
    if (PUBLIC.has(route.template)) continue;
    const segments = segmentNames(route.template);
    const unmapped = segments.filter((s) => !objectKeyFor(route.template, s));
    if (unmapped.length) {
      problems.push(`${route.file}: no ID mapping for [${unmapped.join("], [")}] (add it to e2e/support/org-objects.ts)`);
      continue;
    }
    for (const method of route.methods) {
      const label = `${method} ${route.template}`;
      const write = method === "GET" ? undefined : WRITES[label];
      if (method !== "GET" && method !== "DELETE" && !write) {
        problems.push(`${label}: no body described in WRITES`);
        continue;
      }
      checked.push(label);
      const body = write && "body" in write ? write.body(a) : undefined;

      if (segments.length > 0) {
        // A's IDs in every segment, then (for nested routes) B's own parent with A's child: both are "not found".
        const attempts = [fill(route, [a])];
        if (segments.length > 1) attempts.push(fill(route, [own, a]));
        for (const path of attempts) {
          const res = await call(b, method, path, body);
          const text = await res.text();
          if (res.status() !== 404 || !text.includes('"resource_not_found"')) problems.push(`${method} ${path}: ${res.status()} ${text.slice(0, 200)}`);
          if (leaks(text, path).length) problems.push(`${method} ${path}: response shows ${leaks(text, path).join(", ")}`);
        }
        if (write && "body" in write && write.refersToA) {
          // B's own object, with a body naming A's: refused, and B's object does not now point at A's.
          const path = fill(route, [own]);
          const res = await call(b, method, path, body);
          if (res.status() !== 400 && res.status() !== 404) problems.push(`${method} ${path} naming A's objects: ${res.status()} ${await res.text()}`);
        }
        continue;
      }

      if (method === "GET") {
        const kind = objectKeyFor(`${route.template}/[id]`, "id");
        const queries = ["limit=100", ...(LIST_FILTERS[route.template]?.(a) ?? []), ...(kind ? [`starting_after=${a[kind]}`] : [])];
        for (const q of queries) {
          const res = await call(b, "GET", `${route.template}?${q}`);
          const text = await res.text();
          if (![200, 400, 404].includes(res.status())) problems.push(`GET ${route.template}?${q}: ${res.status()} ${text.slice(0, 200)}`);
          if (leaks(text, q).length) problems.push(`GET ${route.template}?${q}: shows A's ${leaks(text, q).join(", ")}`);
        }
        continue;
      }

      if (!write || "noIds" in write) continue;
      const countOf = async () => (await b.json(b.get(`${route.template}?limit=100`), 200)).data.length;
      const count = await countOf();
      const res =
        "upload" in write
          ? await b.upload(a.contractors, { name: "c.pdf", mimeType: "application/pdf", buffer: Buffer.from(await fillablePdf()) })
          : await call(b, method, route.template, body);
      if (res.status() !== 400 && res.status() !== 404) problems.push(`${label} naming A's objects: ${res.status()} ${await res.text()}`);
      if ((await countOf()) !== count) problems.push(`${label} naming A's objects created something`);
    }
  }

  // B's own objects never came to point at A's.
  for (const path of [`/contractors/${own.contractors}`, `/entities/${own.entities}`, `/webhook_endpoints/${own.webhook_endpoints}/deliveries`]) {
    const text = await (await b.get(path)).text();
    if (leaks(text).length) problems.push(`B's ${path} now refers to A's ${leaks(text).join(", ")}`);
  }
  expect(problems).toEqual([]);
  expect(await snapshot(api, a)).toEqual(before);
  // Guard against a discovery that silently finds little.
  for (const must of ["GET /contractors/[id]", "DELETE /files/certificates/[id]", "POST /files/certificates/[id]/audit_results/[auditResultId]/approve", "GET /files/certificates/[id]/pdf"]) {
    expect(checked).toContain(must);
  }
  console.log(`cross-org: ${checked.length} route methods checked`);
});
