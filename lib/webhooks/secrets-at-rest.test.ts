import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedTestDatabase } from "../db/embedded-test-database";

// Webhook secrets against a real embedded database: what the table holds (never a `whsec_`), how an older install's
// plain rows are sealed at start, and that what the dispatcher claims still signs so the standardwebhooks library
// verifies — with both secrets during a rotation's overlap.

const database = embeddedTestDatabase("secrets", { ALLOW_PRIVATE_WEBHOOK_URLS: "true", NEXTAUTH_SECRET: "secrets-test-server-secret" });

type Mods = {
  db: typeof import("../db/client");
  create: typeof import("../server/webhook-endpoints/create-webhook-endpoint");
  rotate: typeof import("../server/webhook-endpoints/rotate-webhook-secret");
  seal: typeof import("../server/webhook-endpoints/seal-plaintext-webhook-secrets");
  outbox: typeof import("./outbox");
  record: typeof import("../server/events/record-event");
  box: typeof import("./secret-box");
  sign: typeof import("./sign");
  org: string;
};
let m: Mods;

beforeAll(async () => {
  const db = await database.migrate();
  const { createOrganization } = await import("../server/organizations/create-organization");
  const { organization } = await createOrganization({ name: "Secrets", adminEmail: "secrets@test.coverdesk.dev", adminPassword: "test-password-1" });
  m = {
    db,
    create: await import("../server/webhook-endpoints/create-webhook-endpoint"),
    rotate: await import("../server/webhook-endpoints/rotate-webhook-secret"),
    seal: await import("../server/webhook-endpoints/seal-plaintext-webhook-secrets"),
    outbox: await import("./outbox"),
    record: await import("../server/events/record-event"),
    box: await import("./secret-box"),
    sign: await import("./sign"),
    org: organization.id,
  };
}, 60_000);

afterAll(async () => {
  await database.remove();
});

/** Every value of every text column of webhook_endpoints, as stored. */
async function storedTexts(): Promise<string[]> {
  const { rows } = await m.db.executeSql("select to_jsonb(e)::text as row from webhook_endpoints e");
  return (rows as { row: string }[]).map((r) => r.row);
}

const newEndpoint = (url: string) => m.create.createWebhookEndpoint({ organizationId: m.org, input: { url, events: ["certificate.approved"] } });

async function claimFor(endpointId: string) {
  const db = await m.db.getDb();
  await db.transaction((tx) =>
    m.record.recordCertificateEvent(tx, { id: `ci_${Date.now()}`, organizationId: m.org, contractorId: "cn_test000000", status: "approved", createdAt: new Date() } as never),
  );
  const claimed = await m.outbox.claimDueDeliveries(100, 60);
  const mine = claimed.find((c) => c.endpoint_id === endpointId)!;
  for (const c of claimed) await m.outbox.markDelivered(c, { statusCode: 200, latencyMs: 1, error: null });
  return mine;
}

/** What the dispatcher does with a claimed row: open the seals, sign; then verify as a receiver would. */
function signAsDispatcher(d: Awaited<ReturnType<typeof claimFor>>) {
  const secrets = [d.secret, ...(d.previous_secret ? [d.previous_secret] : [])].map((s) => m.box.openWebhookSecret(s, d.endpoint_id));
  const body = JSON.stringify({ id: d.event_id });
  return { body, headers: m.sign.signWebhook(secrets, d.event_id, body) };
}

describe("webhook secrets at rest", () => {
  it("a new endpoint's secret is stored sealed; what is claimed signs so standardwebhooks verifies", async () => {
    const { row, secret } = await newEndpoint("http://127.0.0.1:9/a");
    expect(secret).toMatch(/^whsec_/);
    expect(row.secret).toMatch(/^v1:/);
    expect((await storedTexts()).join("\n")).not.toContain("whsec_");
    const claimed = await claimFor(row.id);
    expect(claimed.secret).toBe(row.secret);
    const { body, headers } = signAsDispatcher(claimed);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("an older install's plain secrets are sealed at start, once, and still sign", async () => {
    const { row } = await newEndpoint("http://127.0.0.1:9/legacy");
    const legacy = m.sign.newWebhookSecret();
    await m.db.executeSql("update webhook_endpoints set secret = $1 where id = $2", [legacy, row.id]); // as before sealing
    expect((await storedTexts()).join("\n")).toContain(legacy);
    expect(await m.seal.sealPlaintextWebhookSecrets()).toBe(1);
    expect(await m.seal.sealPlaintextWebhookSecrets()).toBe(0);
    expect((await storedTexts()).join("\n")).not.toContain("whsec_");
    const { body, headers } = signAsDispatcher(await claimFor(row.id));
    expect(new Webhook(legacy).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("a rotation keeps the old secret sealed beside the new one: both verify in the overlap, only the new after", async () => {
    const { row, secret: old } = await newEndpoint("http://127.0.0.1:9/rotate");
    const rotated = await m.rotate.rotateWebhookSecret({ organizationId: m.org, id: row.id, input: { expires_in_hours: 24 } });
    expect(rotated.secret).not.toBe(old);
    expect(rotated.row.previousSecret).toBe(row.secret); // the old seal, moved as it was
    expect((await storedTexts()).join("\n")).not.toContain("whsec_");

    const during = signAsDispatcher(await claimFor(row.id));
    expect(during.headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(new Webhook(rotated.secret).verify(during.body, during.headers)).toBeTruthy();
    expect(new Webhook(old).verify(during.body, during.headers)).toBeTruthy();

    // The overlap ends: as if its hours had passed.
    await m.db.executeSql("update webhook_endpoints set previous_secret_expires_at = now() - interval '1 second' where id = $1", [row.id]);
    const after = signAsDispatcher(await claimFor(row.id));
    expect(after.headers["webhook-signature"].split(" ")).toHaveLength(1);
    expect(new Webhook(rotated.secret).verify(after.body, after.headers)).toBeTruthy();
    expect(() => new Webhook(old).verify(after.body, after.headers)).toThrow();
  });
});
