import { fillablePdf } from "./certificates";
import type { ApiClient, Json } from "./fixtures";

/** One object of every kind an organization owns, keyed by the collection (or segment) that addresses it. */
export type OrgObjects = {
  insurance_requirements: string;
  entities: string;
  contractors: string;
  certificates: string;
  auditResultId: string;
  events: string;
  webhook_endpoints: string;
  api_keys: string;
  users: string;
  /** Distinctive text of this organization's, which must never show up in another's responses or pages. */
  marker: string;
};

/** Creates them through the API, with a flagged certificate so its failed rule can be approved. */
export async function seedOrgObjects(api: ApiClient, marker: string): Promise<OrgObjects> {
  const requirement = await api.createRequirement({ name: `${marker} requirement`, is_default: true });
  const entity = await api.json(api.post("/entities", { name: `${marker} entity`, insurance_requirement: requirement.id }), 201);
  const contractor = await api.createContractor({ company_name: `${marker} LLC`, entity: entity.id });
  const pdf = await fillablePdf((d) => {
    d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
  });
  const uploaded = await api.uploadPdf(contractor.id, pdf, `${marker}.pdf`);
  const cert = await api.waitFinal(uploaded.id);
  if (cert.status !== "flagged") throw new Error(`expected a flagged certificate, got ${cert.status}`);
  const failed = cert.review_results.audit_results.find((a: Json) => a.result === "fail");
  const events = await api.json(api.get("/events?limit=1"), 200);
  // Port 9 (discard): nothing listens, and no event is emitted after it exists anyway.
  const webhook = await api.json(api.post("/webhook_endpoints", { url: "http://127.0.0.1:9/hooks", description: `${marker} hook` }), 201);
  const key = await api.json(api.post("/api_keys", { name: `${marker} key` }), 201);
  const user = await api.json(
    api.post("/users", { email: `${marker.toLowerCase()}-${Date.now()}@test.coverdesk.dev`, password: "test-password-1", role: "reviewer", name: `${marker} user` }),
    201,
  );
  return {
    insurance_requirements: requirement.id,
    entities: entity.id,
    contractors: contractor.id,
    certificates: cert.id,
    auditResultId: failed.id,
    events: events.data[0].id,
    webhook_endpoints: webhook.id,
    api_keys: key.id,
    users: user.id,
    marker,
  };
}

/** Which object fills a dynamic segment: `[id]` is named by the collection before it, anything else by its name. */
export function objectKeyFor(template: string, segment: string): keyof OrgObjects | undefined {
  const parts = template.split("/");
  const at = parts.indexOf(`[${segment}]`);
  const key = segment === "id" ? parts[at - 1] : segment;
  return key && key !== "marker" && key in EXAMPLE ? (key as keyof OrgObjects) : undefined;
}

const EXAMPLE: Record<keyof OrgObjects, true> = {
  insurance_requirements: true,
  entities: true,
  contractors: true,
  certificates: true,
  auditResultId: true,
  events: true,
  webhook_endpoints: true,
  api_keys: true,
  users: true,
  marker: true,
};

/** Every ID of the organization's, for "none of these may appear" checks. */
export const idsOf = (o: OrgObjects) => Object.entries(o).filter(([k]) => k !== "marker").map(([, v]) => v);
