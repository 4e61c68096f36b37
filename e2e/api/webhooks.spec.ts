import { Webhook } from "standardwebhooks";
import { expect, test, type ApiClient, type Json } from "../support/fixtures";
import { fillablePdf } from "../support/certificates";
import { Receiver } from "../support/receiver";
import { userAuth } from "../support/user-auth";

// Real receivers on 127.0.0.1 (the test servers run with ALLOW_PRIVATE_WEBHOOK_URLS=true and a retry schedule of
// 1 s steps, WEBHOOK_RETRY_SCHEDULE_SECONDS=1,1,1,1,1, so "500 five times, then 200" takes seconds).

const failingPdf = () =>
  fillablePdf((d) => {
    d.coverages.commercial_general_liability!.limits.each_occurrence_dollars = 500_000;
  });

/** An endpoint's delivery log once nothing in it is pending: what was queued, and how often each was sent. */
async function settledDeliveries(api: ApiClient, endpointId: string, count: number) {
  const log = async () => (await api.json(api.get(`/webhook_endpoints/${endpointId}/deliveries?limit=100`), 200)).data as Json[];
  await expect.poll(async () => (await log()).filter((d) => d.status === "succeeded").length).toBeGreaterThanOrEqual(count);
  await expect.poll(async () => (await log()).filter((d) => d.status === "pending").length).toBe(0);
  return log();
}

/** Every webhook-id a receiver got with a 2xx, with how many times. */
const countsById = (r: Receiver) =>
  r.delivered().reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.headers["webhook-id"]]: (acc[d.headers["webhook-id"]] ?? 0) + 1 }), {});

test.describe("webhooks", () => {
  const receivers: Receiver[] = [];
  const endpoints: string[] = [];
  let contractorId: string;

  test.beforeEach(async ({ api }) => {
    const list = await api.json(api.get("/insurance_requirements?is_default=true"), 200);
    if (list.data.length === 0) await api.createRequirement();
    contractorId = (await api.createContractor()).id;
  });

  // Tests in this file share one organization: remove each test's endpoints so the next test's receivers only
  // see their own events.
  test.afterEach(async ({ api }) => {
    for (const id of endpoints.splice(0)) await api.del(`/webhook_endpoints/${id}`);
    for (const r of receivers.splice(0)) await r.stop();
  });

  async function receiver(respond?: (n: number) => number) {
    const r = await Receiver.start(respond);
    receivers.push(r);
    return r;
  }

  async function endpoint(api: ApiClient, data: Json) {
    const created = await api.json(api.post("/webhook_endpoints", data), 201);
    endpoints.push(created.id);
    return created;
  }

  test("CRUD: the secret is shown once, events[] is validated, other organizations see nothing", async ({ api, freshApi }) => {
    const created = await endpoint(api, { url: "http://127.0.0.1:9/hooks", events: ["certificate.approved", "certificate.denied"], description: "Onboarding" });
    expect(created).toMatchObject({ url: "http://127.0.0.1:9/hooks", events: ["certificate.approved", "certificate.denied"], description: "Onboarding", status: "enabled", disabled_reason: null });
    expect(created.id).toMatch(/^we_/);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);

    const fetched = await api.json(api.get(`/webhook_endpoints/${created.id}`), 200);
    expect(fetched).not.toHaveProperty("secret");
    expect(fetched).toEqual((({ secret, ...rest }) => rest)(created)); // eslint-disable-line @typescript-eslint/no-unused-vars
    const list = await api.json(api.get("/webhook_endpoints"), 200);
    expect(list.data.map((e: Json) => e.id)).toContain(created.id);
    expect(list.data.every((e: Json) => !("secret" in e))).toBe(true);

    const updated = await api.json(api.put(`/webhook_endpoints/${created.id}`, { events: ["certificate.flagged"], description: "" }), 200);
    expect(updated).toMatchObject({ events: ["certificate.flagged"], description: null, url: created.url });
    // all three by default; a form body works too
    const all = await api.json(api.postForm("/webhook_endpoints", { url: "http://127.0.0.1:9/form" }), 201);
    endpoints.push(all.id);
    expect(all.events).toEqual(["certificate.approved", "certificate.flagged", "certificate.denied"]);

    for (const bad of [{ url: "http://127.0.0.1:9/x", events: ["certificate.created"] }, { url: "http://127.0.0.1:9/x", events: [] }, { url: "not a url" }, { url: "ftp://127.0.0.1/x" }, {}]) {
      expect((await api.json(api.post("/webhook_endpoints", bad), 400)).error_code).toBe("invalid_input");
    }
    const other = freshApi();
    await other.json(other.get(`/webhook_endpoints/${created.id}`), 404);
    await other.json(other.put(`/webhook_endpoints/${created.id}`, { description: "x" }), 404);
    await other.json(other.get(`/webhook_endpoints/${created.id}/deliveries`), 404);

    expect(await api.json(api.del(`/webhook_endpoints/${created.id}`), 200)).toEqual({ id: created.id, deleted: true });
    await api.json(api.get(`/webhook_endpoints/${created.id}`), 404);
  });

  test("upload → approved and → flagged arrive signed, filtered by events[], and match GET /events", async ({ api }) => {
    const all = await receiver();
    const approvedOnly = await receiver();
    const allEndpoint = await endpoint(api, { url: all.url });
    await endpoint(api, { url: approvedOnly.url, events: ["certificate.approved"] });

    const good = await api.uploadPdf(contractorId, await fillablePdf());
    const bad = await api.uploadPdf(contractorId, await failingPdf());
    await all.waitFor((r) => r.delivered().length >= 2, 20_000, "approved and flagged");
    await approvedOnly.waitFor((r) => r.delivered().length >= 1, 20_000, "approved");

    const byCert: Record<string, ReturnType<Receiver["delivered"]>[number]> = Object.fromEntries(all.delivered().map((d) => [d.event.data.object.id, d]));
    for (const [cert, status] of [
      [good, "approved"],
      [bad, "flagged"],
    ] as const) {
      const d = byCert[cert.id];
      expect(Object.keys(d.event)).toEqual(["id", "type", "created", "data"]);
      expect(d.event).toEqual({
        id: expect.stringMatching(/^evt_/),
        type: `certificate.${status}`,
        created: expect.any(Number),
        data: { object: { id: cert.id, contractor: contractorId, status, created: cert.created } },
      });
      expect(d.headers["webhook-id"]).toBe(d.event.id);
      expect(d.headers["content-type"]).toBe("application/json");
      // The receiver's side, exactly as the README shows it.
      const wh = new Webhook(allEndpoint.secret);
      expect(wh.verify(d.body, d.headers)).toEqual(d.event);
      expect(() => wh.verify(d.body.replace(status, "denied"), d.headers)).toThrow();
      expect(() => wh.verify(d.body, { ...d.headers, "webhook-id": "evt_forged000000" })).toThrow();
      // GET /events/{id} is the same event
      expect(await api.json(api.get(`/events/${d.event.id}`), 200)).toEqual(d.event);
    }
    expect(approvedOnly.delivered().map((d) => d.event.type)).toEqual(["certificate.approved"]);

    const events = await api.json(api.get("/events?limit=100"), 200);
    expect(events.data.map((e: Json) => e.id)).toEqual(expect.arrayContaining(Object.values(byCert).map((d) => d.event.id)));
    const created = events.data.map((e: Json) => e.created);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const flagged = await api.json(api.get("/events?type=certificate.flagged&limit=100"), 200);
    expect(flagged.data.every((e: Json) => e.type === "certificate.flagged")).toBe(true);
    expect(flagged.data.map((e: Json) => e.id)).toContain(byCert[bad.id].event.id);
    expect((await api.json(api.get("/events?type=certificate.created"), 400)).error_code).toBe("invalid_input");
    await api.json(api.get("/events/evt_doesnotexist1"), 404);

    // the delivery log: one succeeded delivery with one 200 attempt per event
    const log = await api.json(api.get(`/webhook_endpoints/${allEndpoint.id}/deliveries`), 200);
    expect(log.data).toHaveLength(2);
    for (const d of log.data) {
      expect(d).toMatchObject({ status: "succeeded", attempt_count: 1, last_status_code: 200, last_error: null, next_attempt: null });
      expect(d.attempts).toEqual([{ attempt: 1, status_code: 200, latency_ms: expect.any(Number), error: null, created: expect.any(Number) }]);
    }
  });

  test("a reviewer's rule approval, unapproval and deny each deliver their event exactly once", async ({ api }) => {
    const r = await receiver();
    const ep = await endpoint(api, { url: r.url });
    const cert = await api.waitFinal((await api.uploadPdf(contractorId, await failingPdf())).id);
    expect(cert.status).toBe("flagged");
    const rule = cert.review_results.audit_results.find((a: Json) => a.result === "fail");
    await api.json(api.post(`/files/certificates/${cert.id}/audit_results/${rule.id}/approve`), 200);
    await r.waitFor((x) => x.delivered().length >= 2, 20_000, "flagged, approved");
    await api.json(api.post(`/files/certificates/${cert.id}/audit_results/${rule.id}/unapprove`), 200);
    await r.waitFor((x) => x.delivered().length >= 3, 20_000, "flagged again");
    await api.json(api.post(`/files/certificates/${cert.id}/deny`, { reason: "Limits too low" }), 200);
    await api.json(api.post(`/files/certificates/${cert.id}/deny`), 200); // already denied: no second event
    await r.waitFor((x) => x.delivered().length >= 4, 20_000, "denied");
    // Events are written in the transaction of their status change, so every event these requests made has its
    // delivery row by now: four rows, each sent by one attempt, is "nothing more is coming" (no sleep needed).
    const log = await settledDeliveries(api, ep.id, 4);
    expect(log.map((d) => [d.status, d.attempt_count])).toEqual(Array(4).fill(["succeeded", 1]));
    const got = r.delivered().map((d) => [d.event.type, d.event.data.object.status, d.event.data.object.id]);
    expect(got).toEqual([
      ["certificate.flagged", "flagged", cert.id],
      ["certificate.approved", "approved", cert.id],
      ["certificate.flagged", "flagged", cert.id],
      ["certificate.denied", "denied", cert.id],
    ]);
    expect(Object.values(countsById(r)).every((n) => n === 1)).toBe(true);
  });

  test("a receiver that answers 500 five times, then 200, gets the event once it recovers", async ({ api }) => {
    const r = await receiver((n) => (n <= 5 ? 500 : 200));
    const ep = await endpoint(api, { url: r.url });
    const cert = await api.uploadPdf(contractorId, await fillablePdf());
    await r.waitFor((x) => x.delivered().length === 1, 30_000, "the sixth attempt");
    expect(r.received).toHaveLength(6);
    expect(new Set(r.received.map((x) => x.headers["webhook-id"])).size).toBe(1); // same id on every retry
    expect(r.delivered()[0].event.data.object.id).toBe(cert.id);
    const gaps = r.received.slice(1).map((x, i) => x.at - r.received[i].at);
    expect(Math.min(...gaps)).toBeGreaterThan(600); // backoff (1 s ± 20 %), not a tight loop

    await expect
      .poll(async () => (await api.json(api.get(`/webhook_endpoints/${ep.id}/deliveries`), 200)).data[0]?.status)
      .toBe("succeeded");
    const [delivery] = (await api.json(api.get(`/webhook_endpoints/${ep.id}/deliveries`), 200)).data;
    expect(delivery).toMatchObject({ attempt_count: 6, last_status_code: 200, delivered: expect.any(Number) });
    expect(delivery.attempts.map((a: Json) => a.status_code)).toEqual([500, 500, 500, 500, 500, 200]);
    expect(delivery.attempts[0]).toMatchObject({ attempt: 1, error: "HTTP 500" });
    expect((await api.json(api.get(`/webhook_endpoints/${ep.id}`), 200)).status).toBe("enabled");
  });

  test("a receiver down for the whole test: failed with every attempt logged, endpoint disabled, re-enabled, resent", async ({ api }) => {
    const ep = await endpoint(api, { url: await Receiver.deadUrl() });
    // WEBHOOK_DISABLE_AFTER_FAILURES=2 on the test servers: two deliveries that exhaust their retries disable it.
    const certs = [await api.uploadPdf(contractorId, await fillablePdf()), await api.uploadPdf(contractorId, await failingPdf())];
    await expect
      .poll(async () => (await api.json(api.get(`/webhook_endpoints/${ep.id}/deliveries?status=failed`), 200)).data.length, { timeout: 30_000 })
      .toBe(2);
    const log = await api.json(api.get(`/webhook_endpoints/${ep.id}/deliveries`), 200);
    for (const d of log.data) {
      expect(d).toMatchObject({ status: "failed", attempt_count: 6, last_status_code: null, next_attempt: null, delivered: null });
      expect(d.attempts).toHaveLength(6);
      for (const a of d.attempts) expect(a).toMatchObject({ status_code: null, error: expect.stringMatching(/ECONNREFUSED/) });
    }
    const disabled = await api.json(api.get(`/webhook_endpoints/${ep.id}`), 200);
    expect(disabled).toMatchObject({ status: "disabled", disabled_reason: expect.stringMatching(/2 deliveries/) });

    // The events are still there to catch up with.
    const eventIds = log.data.map((d: Json) => d.event);
    for (const id of eventIds) expect((await api.json(api.get(`/events/${id}`), 200)).data.object.id).toMatch(/^ci_/);
    expect(log.data.map((d: Json) => d.event_type).sort()).toEqual(["certificate.approved", "certificate.flagged"]);
    expect((await api.json(api.post(`/events/${eventIds[0]}/resend`, { endpoint: ep.id }), 400)).error_code).toBe("invalid_input");

    // Back up at a new address: re-enable through the API and resend one event by hand.
    const r = await receiver();
    const enabled = await api.json(api.put(`/webhook_endpoints/${ep.id}`, { url: r.url, disabled: false }), 200);
    expect(enabled).toMatchObject({ status: "enabled", disabled_reason: null, url: r.url });
    const resent = await api.json(api.post(`/events/${eventIds[0]}/resend`, { endpoint: ep.id }), 200);
    expect(resent).toMatchObject({ event: eventIds[0], deliveries: [{ endpoint: ep.id, event: eventIds[0], status: "pending", attempts: [] }] });
    await r.waitFor((x) => x.delivered().length === 1, 20_000, "the resent event");
    expect(r.delivered()[0].headers["webhook-id"]).toBe(eventIds[0]);
    expect(certs.map((c) => c.id)).toContain(r.delivered()[0].event.data.object.id);
    // The receiver answers before the dispatcher records it: wait for the record rather than race it.
    const statuses = async () => (await api.json(api.get(`/webhook_endpoints/${ep.id}/deliveries?event=${eventIds[0]}`), 200)).data.map((d: Json) => d.status);
    await expect.poll(statuses, { timeout: 10_000 }).toEqual(["succeeded", "failed"]);
  });

  test("resend is for admins and follows each endpoint's event filter", async ({ api, org, baseURL }) => {
    const all = await receiver();
    const approvedOnly = await receiver();
    const allEp = await endpoint(api, { url: all.url });
    const approvedEp = await endpoint(api, { url: approvedOnly.url, events: ["certificate.approved"] });
    await api.uploadPdf(contractorId, await failingPdf());
    await all.waitFor((x) => x.delivered().length === 1, 20_000, "the flagged event");
    const flagged = all.delivered()[0].event;
    expect(flagged.type).toBe("certificate.flagged");

    // A reviewer (or viewer) may read events but not make the server send them again.
    for (const role of ["reviewer", "viewer"]) {
      const user = await api.json(api.post("/users", { email: `${role}-${Date.now()}@test.coverdesk.dev`, password: "test-password-1", role }), 201);
      const as = { headers: userAuth(baseURL!, org.organization.id, user) };
      expect((await api.request.get(`/api/v1/events/${flagged.id}`, as)).status()).toBe(200);
      for (const data of [{}, { endpoint: allEp.id }]) {
        const res = await api.request.post(`/api/v1/events/${flagged.id}/resend`, { ...as, data });
        expect(res.status()).toBe(403);
        expect((await res.json()).error_code).toBe("forbidden");
      }
    }

    // Named endpoint not subscribed to the type: refused, nothing queued.
    const refused = await api.json(api.post(`/events/${flagged.id}/resend`, { endpoint: approvedEp.id }), 409);
    expect(refused).toEqual({ error_code: "conflict", message: expect.stringMatching(/not subscribed to certificate\.flagged/) });
    expect((await api.json(api.get(`/webhook_endpoints/${approvedEp.id}/deliveries`), 200)).data).toEqual([]);

    // No endpoint named: only the subscribed ones get it.
    const resent = await api.json(api.post(`/events/${flagged.id}/resend`), 200);
    expect(resent.deliveries.map((d: Json) => d.endpoint)).toEqual([allEp.id]);
    await all.waitFor((x) => x.delivered().length === 2, 20_000, "the resent event");
    expect(all.delivered()[1].headers["webhook-id"]).toBe(flagged.id);
    expect((await api.json(api.get(`/webhook_endpoints/${approvedEp.id}/deliveries`), 200)).data).toEqual([]);
    expect(approvedOnly.received).toEqual([]);
  });

  test("rotating the secret: the new one is shown once, both sign during the overlap, only the new one after", async ({ api, org, baseURL }) => {
    const r = await receiver();
    const ep = await endpoint(api, { url: r.url });
    const s1 = ep.secret;
    const reviewer = await api.json(api.post("/users", { email: `rotator-${Date.now()}@test.coverdesk.dev`, password: "test-password-1", role: "reviewer" }), 201);
    const asReviewer = { headers: userAuth(baseURL!, org.organization.id, reviewer), data: {} };
    expect((await api.request.post(`/api/v1/webhook_endpoints/${ep.id}/rotate_secret`, asReviewer)).status()).toBe(403);

    const second = await api.json(api.post(`/webhook_endpoints/${ep.id}/rotate_secret`), 200);
    const s2 = second.secret;
    expect(s2).toMatch(/^whsec_/);
    expect(s2).not.toBe(s1);
    // The default overlap is 24 hours.
    expect(second.previous_secret_expires - Math.floor(Date.now() / 1000)).toBeGreaterThan(23 * 3600);
    const fetched = await api.json(api.get(`/webhook_endpoints/${ep.id}`), 200);
    expect(fetched).not.toHaveProperty("secret");
    expect(fetched.previous_secret_expires).toBe(second.previous_secret_expires);

    await api.uploadPdf(contractorId, await fillablePdf());
    await r.waitFor((x) => x.delivered().length === 1, 20_000, "the event during the overlap");
    const during = r.delivered()[0];
    expect(during.headers["webhook-signature"].split(" ")).toEqual([expect.stringMatching(/^v1,/), expect.stringMatching(/^v1,/)]);
    expect(new Webhook(s2).verify(during.body, during.headers)).toEqual(during.event);
    expect(new Webhook(s1).verify(during.body, during.headers)).toEqual(during.event);

    // Rotate again with an overlap of under two seconds, and wait for the server to say it is over.
    const third = await api.json(api.post(`/webhook_endpoints/${ep.id}/rotate_secret`, { expires_in_hours: 0.0005 }), 200);
    const s3 = third.secret;
    await expect.poll(async () => (await api.json(api.get(`/webhook_endpoints/${ep.id}`), 200)).previous_secret_expires).toBeNull();
    await api.uploadPdf(contractorId, await fillablePdf());
    await r.waitFor((x) => x.delivered().length === 2, 20_000, "the event after the overlap");
    const after = r.delivered()[1];
    expect(after.headers["webhook-signature"].split(" ")).toHaveLength(1);
    expect(new Webhook(s3).verify(after.body, after.headers)).toEqual(after.event);
    for (const old of [s2, s1]) expect(() => new Webhook(old).verify(after.body, after.headers)).toThrow();

    for (const bad of [{ expires_in_hours: -1 }, { expires_in_hours: "soon" }, { expires_in_hours: 10_000 }]) {
      expect((await api.json(api.post(`/webhook_endpoints/${ep.id}/rotate_secret`, bad), 400)).error_code).toBe("invalid_input");
    }
  });

  test("nothing is delivered twice to a healthy receiver", async ({ api }) => {
    const r = await receiver();
    const ep = await endpoint(api, { url: r.url });
    const pdf = await fillablePdf();
    const certs = await Promise.all(Array.from({ length: 12 }, () => api.uploadPdf(contractorId, pdf)));
    await Promise.all(certs.map((c) => api.waitFinal(c.id)));
    await r.waitFor((x) => x.delivered().length >= certs.length, 30_000, "12 events");
    // Every certificate is final, so every event and its delivery row exist; once none is pending, a second send
    // could only come from a second claim, which would show as attempt_count 2.
    const log = await settledDeliveries(api, ep.id, certs.length);
    expect(log.map((d) => [d.status, d.attempt_count])).toEqual(Array(certs.length).fill(["succeeded", 1]));
    expect(r.received).toHaveLength(certs.length);
    const counts = countsById(r);
    expect(Object.keys(counts)).toHaveLength(certs.length);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    expect(new Set(r.delivered().map((d) => d.event.data.object.id))).toEqual(new Set(certs.map((c) => c.id)));
  });
});
