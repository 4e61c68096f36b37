import type { APIResponse } from "@playwright/test";
import { expect, test, type ApiClient, type Json } from "../support/fixtures";

// Hostile and broken requests: every one gets a 2xx when it is valid, else a 4xx with the API's JSON error body;
// never a 5xx, never Next's HTML page. SQL and path characters are data: stored and returned verbatim.

const LONG = "x".repeat(10_000);
/** Sent encoded (encodeURIComponent) as path segments. */
const BAD_VALUES = [
  "cn_doesnotexist00",
  "ci_wrongprefix00",
  "zz_123456789",
  "' OR 1=1--",
  "1; DROP TABLE certificates;--",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "\u0000",
  "a\u0000b",
  "Ω≈ç√∫ 😀 \u202e",
  "<script>alert(1)</script>",
  "${jndi:ldap://x}",
  "",
  " ",
  LONG,
];
/** Sent as written: encodings a client library would never produce. */
const RAW_SEGMENTS = ["%00", "%zz", "%", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%C0%AE%C0%AE", "%ff%fe"];

const ID_ROUTES: [method: string, path: (id: string) => string][] = [
  ...["contractors", "entities", "insurance_requirements", "webhook_endpoints", "users"].flatMap((r) =>
    ["GET", "PUT", "DELETE"].map((m) => [m, (id: string) => `/${r}/${id}`] as [string, (id: string) => string]),
  ),
  ["GET", (id) => `/webhook_endpoints/${id}/deliveries`],
  ["GET", (id) => `/files/certificates/${id}`],
  ["DELETE", (id) => `/files/certificates/${id}`],
  ["GET", (id) => `/files/certificates/${id}/pdf`],
  ["POST", (id) => `/files/certificates/${id}/deny`],
  ["POST", (id) => `/files/certificates/${id}/audit_results/${id}/approve`],
  ["POST", (id) => `/files/certificates/${id}/audit_results/${id}/unapprove`],
  ["GET", (id) => `/events/${id}`],
  ["POST", (id) => `/events/${id}/resend`],
  ["DELETE", (id) => `/api_keys/${id}`],
];

const PAGING = ["limit", "starting_after", "ending_before"];
/** Each list with the query parameters it reads. */
const LIST_ROUTES: Record<string, string[]> = {
  "/contractors": [...PAGING, "email", "search", "ids", "expand[]"],
  "/entities": [...PAGING, "insurance_requirement"],
  "/insurance_requirements": [...PAGING, "is_default"],
  "/files/certificates": [...PAGING, "contractor", "status", "order", "expand[]"],
  "/events": [...PAGING, "type"],
  "/webhook_endpoints": PAGING,
  "/users": PAGING,
  "/api_keys": PAGING,
};
const QUERY_VALUES = ["' OR 1=1--", "../../etc/passwd", "%00", "a%00b", "%C3%A9%F0%9F%98%80", LONG, "%zz", "%", "-1", "1e309", "", "%3Cscript%3E", "__proto__"];

/** Soft assertions: one run reports every request that misbehaves, not just the first. */
async function expectClean(res: APIResponse, what: string, { allowOk = false } = {}) {
  const status = res.status();
  const text = await res.text();
  const shown = `${what} → ${status} ${text.slice(0, 300)}`;
  if (status >= 500 || (status < 400 && !allowOk)) {
    expect.soft(status, shown).toBeGreaterThanOrEqual(400);
    expect.soft(status, shown).toBeLessThan(500);
    return;
  }
  // Node itself answers an oversized header block before any handler runs; that body is not ours to shape.
  if (status < 400 || status === 431) return;
  expect.soft(res.headers()["content-type"], shown).toContain("application/json");
  const body = (() => {
    try {
      return JSON.parse(text) as Json;
    } catch {
      return {};
    }
  })();
  expect.soft(typeof body.message, shown).toBe("string");
  expect.soft(body.error_code, shown).toMatch(/^[a-z_]+$/);
}

const send = (api: ApiClient, method: string, path: string, init: { headers?: Record<string, string>; data?: string | Buffer } = {}) =>
  api.request.fetch(`/api/v1${path}`, { method, headers: { ...api.auth, ...init.headers }, data: init.data, failOnStatusCode: false });

test.describe("malformed requests get 4xx with the API's error body", () => {
  test("bad IDs in every path segment", async ({ api }) => {
    test.setTimeout(180_000);
    for (const [method, path] of ID_ROUTES) {
      const body = method === "GET" || method === "DELETE" ? {} : { headers: { "content-type": "application/json" }, data: "{}" };
      // An empty segment is another route (`/contractors/` is the list), not a bad ID.
      for (const value of BAD_VALUES.filter(Boolean)) {
        // 10 KB in each of two segments still fits Node's 16 KB header limit.
        await expectClean(await send(api, method, path(encodeURIComponent(value)), body), `${method} ${path(value.slice(0, 40))}`);
      }
      for (const raw of RAW_SEGMENTS) await expectClean(await send(api, method, path(raw), body), `${method} ${path(raw)}`);
    }
  });

  test("junk in every query parameter of every list", async ({ api }) => {
    test.setTimeout(180_000);
    for (const [route, params] of Object.entries(LIST_ROUTES)) {
      for (const param of params) {
        for (const value of QUERY_VALUES) {
          await expectClean(await send(api, "GET", `${route}?${param}=${value}`), `GET ${route}?${param}=${value.slice(0, 40)}`, { allowOk: true });
        }
      }
    }
    const endpoint = await api.json(api.post("/webhook_endpoints", { url: "http://127.0.0.1:9/hooks" }), 201);
    for (const param of ["event", "status", "limit", "starting_after"]) {
      for (const value of QUERY_VALUES) {
        await expectClean(await send(api, "GET", `/webhook_endpoints/${endpoint.id}/deliveries?${param}=${value}`), `deliveries ${param}=${value.slice(0, 40)}`, { allowOk: true });
      }
    }
  });

  test("limit outside 1–100 or not an integer is invalid_input", async ({ api }) => {
    for (const limit of ["abc", "-1", "0", "101", "1.5", "NaN", "Infinity", "%00", "1e309"]) {
      const res = await send(api, "GET", `/contractors?limit=${limit}`);
      expect(res.status(), limit).toBe(400);
      expect((await res.json()).error_code).toBe("invalid_input");
    }
  });

  test("expand junk is ignored or refused, never a crash", async ({ api }) => {
    const contractor = await api.createContractor();
    await api.createRequirement();
    const cert = await api.json(api.upload(contractor.id, { name: "blank.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF") }), 201);
    const junk = ["__proto__", "constructor", "prototype", "toString", "review_results.full.full", "review_results[full][full]", "review_results..", "[]", "%00", LONG.slice(0, 5000)];
    for (const path of [`/files/certificates/${cert.id}`, "/files/certificates", `/contractors/${contractor.id}`, "/contractors"]) {
      for (const value of junk) {
        const res = await send(api, "GET", `${path}?expand[]=${encodeURIComponent(value)}&expand=${encodeURIComponent(value)}`);
        await expectClean(res, `${path} expand ${value.slice(0, 30)}`, { allowOk: true });
      }
      const many = Array.from({ length: 1000 }, (_, i) => `expand[]=${i % 2 ? "review_results" : "__proto__"}`).join("&");
      await expectClean(await send(api, "GET", `${path}?${many}`), `${path} with 1,000 expand[]`, { allowOk: true });
    }
    const one = await api.json(api.get(`/files/certificates/${cert.id}?expand[]=__proto__`), 200);
    expect(one.id).toBe(cert.id);
  });

  test("wrong content types and broken bodies on every write route", async ({ api }) => {
    const contractor = await api.createContractor();
    const entity = await api.json(api.post("/entities", { name: "E" }), 201);
    const requirement = await api.createRequirement({ name: "ct" });
    const endpoint = await api.json(api.post("/webhook_endpoints", { url: "http://127.0.0.1:9/hooks" }), 201);
    const user = await api.json(api.post("/users", { email: `u${Date.now()}@example.com`, password: "long password", role: "viewer" }), 201);
    const writes: [string, string][] = [
      ["POST", "/contractors"], ["PUT", `/contractors/${contractor.id}`],
      ["POST", "/entities"], ["PUT", `/entities/${entity.id}`],
      ["POST", "/insurance_requirements"], ["PUT", `/insurance_requirements/${requirement.id}`],
      ["POST", "/webhook_endpoints"], ["PUT", `/webhook_endpoints/${endpoint.id}`],
      ["POST", "/users"], ["PUT", `/users/${user.id}`],
      ["POST", "/api_keys"], ["POST", "/files/certificates"],
      ["POST", "/files/certificates/ci_doesnotexist00/deny"], ["POST", "/events/evt_doesnotexist00/resend"],
    ];
    const bodies: [type: string, data: string | Buffer][] = [
      ["text/plain", "email=a@example.com"],
      ["application/xml", "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>"],
      ["image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe])],
      ["application/json", "{"],
      ["application/json", '{"email": "a@example.com",}'],
      ["application/json", "[1, 2, 3]"],
      ["application/json", '"a string"'],
      ["application/json", "null"],
      ["application/json", "123"],
      ["application/json", "true"],
      ["application/json", '{"email": {"$gt": ""}, "name": {"$ne": null}, "url": ["http://x"]}'],
      ["application/json", `{"custom_metadata": ${"[".repeat(100_000)}${"]".repeat(100_000)}, "rules": ${"{\"a\":".repeat(50_000)}1${"}".repeat(50_000)}}`],
      ["application/json", '{"email": "a\\u0000@example.com", "name": "a\\u0000b", "reason": "\\u0000", "url": "http://127.0.0.1:9/\\u0000"}'],
      ["application/json", Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
      ["application/json; charset=utf-16", '{"name": "x"}'],
      ["multipart/form-data", "--x\r\n"],
      ["multipart/form-data; boundary=x", '{"email": "a@example.com"}'],
      ["multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"contractor\"\r\n\r\ncn_x\r\n--x\r\nContent-Disposition: form-data; name=\"certificate\"; filename=\"a\u0000.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4"],
      ["multipart/form-data; boundary=x", `--x\r\nContent-Disposition: form-data; name="contractor"\r\n\r\n${contractor.id}\r\n--x\r\nContent-Disposition: form-data; name="certificate"; filename="a\u0000b.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n`],
      ["multipart/form-data; boundary=x", `--x\r\nContent-Disposition: form-data; name="contractor"\r\n\r\n${contractor.id}\u0000\r\n--x--\r\n`],
      ["application/x-www-form-urlencoded", "%zz=%zz&a[b][c][d][e][f][g]=1&=&&&email=%00"],
      ["application/x-www-form-urlencoded", Array.from({ length: 5000 }, (_, i) => `a[${i}]=1`).join("&")],
      ["", "\u0000\u0001\u0002"],
    ];
    for (const [method, path] of writes) {
      for (const [type, data] of bodies) {
        const headers: Record<string, string> = type ? { "content-type": type } : {};
        await expectClean(await send(api, method, path, { headers, data }), `${method} ${path} ${type} ${String(data).slice(0, 40)}`, { allowOk: true });
      }
    }
  });

  test("wrong content types are refused by name", async ({ api }) => {
    for (const type of ["text/plain", "application/xml", "image/png"]) {
      const res = await send(api, "POST", "/contractors", { headers: { "content-type": type }, data: "email=a@example.com" });
      expect(res.status()).toBe(400);
      expect((await res.json()).message).toContain(type);
    }
  });

  test("very large and odd headers", async ({ api, request }) => {
    const cases: Record<string, string>[] = [
      { "x-junk": "a".repeat(64 * 1024) },
      { cookie: "a=" + "b".repeat(20_000) },
      Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x-h${i}`, "v".repeat(30)])),
      { authorization: `Bearer ${"k".repeat(10_000)}` },
      { authorization: "Basic !!!not-base64!!!" },
      { authorization: `Basic ${Buffer.from("' OR 1=1--:").toString("base64")}` },
      { authorization: "Bearer \u00e9\u00e8" },
    ];
    for (const headers of cases) {
      const res = await request
        .fetch("/api/v1/contractors", { headers: { ...api.auth, ...headers }, failOnStatusCode: false })
        .catch((err: Error) => err);
      // Node may refuse a header block before any handler runs (431, or a dropped connection for a malformed one).
      if (res instanceof Error) continue;
      await expectClean(res, `headers ${Object.keys(headers).slice(0, 2).join(",")}`, { allowOk: !headers.authorization });
    }
    // A header Node's parser refuses never reaches us: Node answers a bare 400 and closes the connection.
    const bad = await request.fetch("/api/v1/contractors", { headers: { ...api.auth, "content-length": "abc" }, failOnStatusCode: false }).catch(() => null);
    if (bad) expect(bad.status()).toBe(400);
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("SQL and path characters in every text field are stored and returned verbatim", async ({ api }) => {
    const evil = ["Robert'); DROP TABLE contractors;--", "' OR '1'='1", "../../etc/passwd", "C:\\Windows\\System32", "%00%27", "{{7*7}} ${7*7} <img src=x onerror=alert(1)>", "Ω 😀 \u202e"];
    for (const text of evil) {
      const address = { line1: text, line2: text, locality: text, region: text.slice(0, 100), postalcode: text.slice(0, 20), country: text };
      const c = await api.createContractor({ first_name: text, last_name: text, company_name: text, phone: text.slice(0, 50), address, custom_metadata: { [text.slice(0, 100)]: text } });
      expect([c.first_name, c.last_name, c.company_name, c.address.line1, c.address.locality, c.custom_metadata[text.slice(0, 100)]]).toEqual([text, text, text, text, text, text]);
      const again = await api.json(api.get(`/contractors/${c.id}`), 200);
      expect(again.first_name).toBe(text);
      const byEmail = await api.json(api.get(`/contractors?email=${encodeURIComponent(text)}`), 200);
      expect(byEmail.data).toEqual([]);
      const bySearch = await api.json(api.get(`/contractors?search=${encodeURIComponent(text)}`), 200);
      expect(bySearch.data.map((x: Json) => x.id)).toContain(c.id);

      const entity = await api.json(api.post("/entities", { name: text }), 201);
      expect(entity.name).toBe(text);
      const req = await api.createRequirement({ name: text, description: text, rules: { additional_insured_names: [text], certificate_holder_name: text } });
      expect([req.name, req.description, req.rules.additional_insured_names[0], req.rules.certificate_holder_name]).toEqual([text, text, text, text]);
      const hook = await api.json(api.post("/webhook_endpoints", { url: "http://127.0.0.1:9/hooks", description: text }), 201);
      expect(hook.description).toBe(text);
      const key = await api.json(api.post("/api_keys", { name: text }), 201);
      expect(key.name).toBe(text);
      const user = await api.json(api.post("/users", { email: `u${Date.now()}${Math.random().toString(36).slice(2, 6)}@example.com`, password: "long password", role: "viewer", name: text }), 201);
      expect(user.name).toBe(text);
    }
    // The tables are all still there.
    expect((await api.json(api.get("/contractors?limit=100"), 200)).data.length).toBeGreaterThanOrEqual(evil.length);
  });

  test("form bodies with prototype-pollution keys create plain objects and pollute nothing", async ({ api }) => {
    const form = [
      "email=proto%40example.com",
      "__proto__[first_name]=polluted",
      "constructor[prototype][last_name]=polluted",
      "custom_metadata[__proto__][admin]=true",
      "custom_metadata[constructor][prototype][admin]=true",
      "address[__proto__][line1]=polluted",
    ].join("&");
    const res = await send(api, "POST", "/contractors", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: form });
    await expectClean(res, "pollution form", { allowOk: true });
    if (res.status() === 201) {
      const c = (await res.json()) as Json;
      expect(c.first_name).toBeNull();
      expect(c.last_name).toBeNull();
      expect(JSON.stringify(c.custom_metadata ?? {})).not.toContain("admin");
    }
    const json = await send(api, "POST", "/contractors", {
      headers: { "content-type": "application/json" },
      data: '{"email":"proto2@example.com","__proto__":{"first_name":"polluted"},"custom_metadata":{"__proto__":{"admin":true}}}',
    });
    await expectClean(json, "pollution json", { allowOk: true });
    // Another object made afterwards has no inherited fields.
    const fresh = await api.createContractor();
    expect(fresh.first_name).toBe("Jane");
    expect(fresh.custom_metadata).toBeNull();
  });
});
