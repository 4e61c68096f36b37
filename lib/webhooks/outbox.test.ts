import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedTestDatabase } from "../db/embedded-test-database";

// The outbox against a real embedded database: what makes delivery exactly-once per healthy receiver (one claim
// per row, fenced writes) and at-least-once across crashes (an abandoned claim becomes due again).

const database = embeddedTestDatabase("outbox", { ALLOW_PRIVATE_WEBHOOK_URLS: "true", NEXTAUTH_SECRET: "outbox-test-server-secret" });

type Mods = {
  db: typeof import("../db/client");
  outbox: typeof import("./outbox");
  record: typeof import("../server/events/record-event");
  schema: typeof import("../db/schema");
  org: string;
  endpoint: string;
};
let m: Mods;

beforeAll(async () => {
  const db = await database.migrate();
  const { createOrganization } = await import("../server/organizations/create-organization");
  const { createWebhookEndpoint } = await import("../server/webhook-endpoints/create-webhook-endpoint");
  const { organization } = await createOrganization({ name: "Outbox", adminEmail: "outbox@test.coverdesk.dev", adminPassword: "test-password-1" });
  const endpoint = await createWebhookEndpoint({ organizationId: organization.id, input: { url: "http://127.0.0.1:9/x", events: ["certificate.approved"] } });
  m = { db, outbox: await import("./outbox"), record: await import("../server/events/record-event"), schema: await import("../db/schema"), org: organization.id, endpoint: endpoint.row.id };
}, 60_000);

afterAll(async () => {
  await database.remove();
});

async function recordEvents(statuses: ("approved" | "flagged")[]) {
  const db = await m.db.getDb();
  return db.transaction(async (tx) => {
    const out = [];
    for (const status of statuses) {
      const cert = { id: `ci_${Math.random().toString(36).slice(2, 12)}`, organizationId: m.org, contractorId: "cn_test000000", status, createdAt: new Date() };
      out.push(await m.record.recordCertificateEvent(tx, cert as Parameters<typeof m.record.recordCertificateEvent>[1]));
    }
    return out;
  });
}

const outcome = { statusCode: 200, latencyMs: 3, error: null };

describe("webhook outbox", () => {
  it("queues a delivery with the event, only for endpoints subscribed to its type, and rolls back with it", async () => {
    const [approved, flagged] = await recordEvents(["approved", "flagged"]);
    const db = await m.db.getDb();
    const rows = await db.select().from(m.schema.webhookDeliveries);
    expect(rows.map((r) => r.eventId)).toEqual([approved.id]);
    expect(rows.map((r) => r.eventId)).not.toContain(flagged.id);
    // a status change that rolls back leaves neither event nor delivery
    await expect(
      db.transaction(async (tx) => {
        await m.record.recordCertificateEvent(tx, { id: "ci_rollback00", organizationId: m.org, contractorId: "cn_x000000", status: "approved", createdAt: new Date() } as never);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.select().from(m.schema.webhookDeliveries)).toHaveLength(1);
  });

  it("claims each due row once, even when claims race", async () => {
    await recordEvents(Array(20).fill("approved"));
    const claims = await Promise.all(Array.from({ length: 5 }, () => m.outbox.claimDueDeliveries(10, 60)));
    const ids = claims.flat().map((c) => c.id);
    expect(ids).toHaveLength(21);
    expect(new Set(ids).size).toBe(21);
    expect(await m.outbox.claimDueDeliveries(10, 60)).toEqual([]);
    const sample = claims.flat()[0];
    expect(sample).toMatchObject({ attempt_count: 1, endpoint_id: m.endpoint, type: "certificate.approved", url: "http://127.0.0.1:9/x" });
    expect(sample.secret).toMatch(/^v1:/); // sealed: the dispatcher opens it only to sign
    for (const c of claims.flat()) await m.outbox.markDelivered(c, outcome);
  });

  it("an abandoned claim is due again when its lease ends, and the stale claimer's write is fenced out", async () => {
    await recordEvents(["approved"]);
    const [first] = await m.outbox.claimDueDeliveries(10, 0); // lease of 0 s: as if the claimer died
    const [second] = await m.outbox.claimDueDeliveries(10, 60);
    expect(second.id).toBe(first.id);
    expect(second.attempt_count).toBe(2);
    await m.outbox.markRetry(first, { statusCode: 500, latencyMs: 1, error: "HTTP 500" }, 1000); // stale: ignored
    await m.outbox.markDelivered(second, outcome);
    const db = await m.db.getDb();
    const rows = await db.select().from(m.schema.webhookDeliveries);
    const row = rows.find((r) => r.id === first.id)!;
    expect(row).toMatchObject({ status: "succeeded", attemptCount: 2, lastStatusCode: 200 });
    // both attempts are in the log, the stale one included: it did happen
    const attempts = (await db.select().from(m.schema.webhookAttempts)).filter((a) => a.deliveryId === first.id);
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([200, 500]);
  });

  it("disables the endpoint after N deliveries in a row fail for good; a success in between resets the count", async () => {
    const fail = { statusCode: null, latencyMs: 1, error: "ECONNREFUSED" };
    await recordEvents(["approved", "approved", "approved"]);
    const [a, b, c] = await m.outbox.claimDueDeliveries(10, 60);
    expect(await m.outbox.markFailed(a, fail, 2)).toBe(false);
    await m.outbox.markDelivered(b, outcome); // resets
    expect(await m.outbox.markFailed(c, fail, 2)).toBe(false);
    await recordEvents(["approved"]);
    const [d] = await m.outbox.claimDueDeliveries(10, 60);
    expect(await m.outbox.markFailed(d, fail, 2)).toBe(true);
    const db = await m.db.getDb();
    const [endpoint] = await db.select().from(m.schema.webhookEndpoints);
    expect(endpoint.disabledAt).toBeInstanceOf(Date);
    expect(endpoint.disabledReason).toMatch(/2 deliveries/);
    // disabled: new events queue nothing, and nothing is claimed for it
    await recordEvents(["approved"]);
    expect(await m.outbox.claimDueDeliveries(10, 60)).toEqual([]);
  });
});
