import { test as base, expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { claimOrg, type TestOrg } from "./org";
import { serverByPort } from "./servers";

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const FINAL = ["approved", "flagged", "error", "denied"];

/** A client for one organization, speaking the API the way customers do (HTTP Basic with the secret key). */
export class ApiClient {
  constructor(
    readonly request: APIRequestContext,
    readonly org: TestOrg,
  ) {}

  get auth() {
    return { Authorization: `Basic ${Buffer.from(`${this.org.secret_key}:`).toString("base64")}` };
  }

  get(path: string) {
    return this.request.get(`/api/v1${path}`, { headers: this.auth });
  }
  del(path: string) {
    return this.request.delete(`/api/v1${path}`, { headers: this.auth });
  }
  post(path: string, data?: Json) {
    return this.request.post(`/api/v1${path}`, { headers: this.auth, data: data ?? {} });
  }
  put(path: string, data: Json) {
    return this.request.put(`/api/v1${path}`, { headers: this.auth, data });
  }
  postForm(path: string, form: Record<string, string>) {
    return this.request.post(`/api/v1${path}`, { headers: this.auth, form });
  }

  async json(res: Promise<APIResponse> | APIResponse, status: number): Promise<Json> {
    const r = await res;
    const body = await r.text();
    expect(r.status(), `${r.url()} → ${body}`).toBe(status);
    return JSON.parse(body);
  }

  async createContractor(data: Json = {}) {
    return this.json(
      this.post("/contractors", { email: `c${Date.now()}${Math.random().toString(36).slice(2, 6)}@example.com`, first_name: "Jane", last_name: "Smith", company_name: "Acme Corporation LLC", ...data }),
      201,
    );
  }

  async createRequirement(data: Json = {}) {
    return this.json(this.post("/insurance_requirements", { name: "Standard", rules: standardRules(), ...data }), 201);
  }

  upload(contractor: string | undefined, file?: { name: string; mimeType: string; buffer: Buffer }) {
    const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
    if (contractor !== undefined) multipart.contractor = contractor;
    if (file) multipart.certificate = file;
    return this.request.post("/api/v1/files/certificates", { headers: this.auth, multipart });
  }

  async uploadPdf(contractor: string, bytes: Uint8Array, name = "certificate.pdf") {
    return this.json(this.upload(contractor, { name, mimeType: "application/pdf", buffer: Buffer.from(bytes) }), 201);
  }

  /** Polls until the certificate leaves pending/processing, as a customer without webhooks would. */
  async waitFinal(id: string, timeoutMs = 20_000): Promise<Json> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const cert = await this.json(this.get(`/files/certificates/${id}?expand[]=review_results.full`), 200);
      if (FINAL.includes(cert.status)) return cert;
      if (Date.now() > deadline) throw new Error(`certificate ${id} still ${cert.status} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export function standardRules(): Json {
  return {
    coverages: {
      commercial_general_liability: {
        required: true,
        limits: { each_occurrence_dollars: 1_000_000, general_aggregate_dollars: 2_000_000 },
      },
      workers_compensation: { required: true },
    },
    min_days_until_expiration: 0,
    additional_insured_names: ["Client Corp Inc."],
    certificate_holder_name: "Client Corp Inc.",
    insured_name_matches_contractor: true,
    signature_required: true,
  };
}

type Fixtures = { org: TestOrg; api: ApiClient; freshApi: () => ApiClient };

// One organization per spec file (and server): tests in a file may build on each other's data, files never share.
const orgsByFile = new Map<string, TestOrg>();

export const test = base.extend<Fixtures>({
  org: async ({}, use, testInfo) => {
    const server = serverByPort(testInfo.project.use.baseURL as string);
    if (!server) throw new Error(`no test server for ${testInfo.project.use.baseURL}`);
    const key = `${server.name}:${testInfo.file}`;
    if (!orgsByFile.has(key)) orgsByFile.set(key, claimOrg(server));
    await use(orgsByFile.get(key)!);
  },
  api: async ({ request, org }, use) => {
    await use(new ApiClient(request, org));
  },
  // Another organization of its own, for isolation checks.
  freshApi: async ({ request }, use, testInfo) => {
    const server = serverByPort(testInfo.project.use.baseURL as string)!;
    await use(() => new ApiClient(request, claimOrg(server)));
  },
});

export { expect };
