import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newWebhookSecret, signWebhook } from "./sign";

describe("signWebhook", () => {
  it("produces headers the standardwebhooks package verifies, and a tampered body fails", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ id: "evt_123", type: "certificate.approved" });
    const headers = signWebhook(secret, "evt_123", body);
    expect(headers["webhook-id"]).toBe("evt_123");
    expect(headers["webhook-signature"]).toMatch(/^v1,/);
    const receiver = new Webhook(secret);
    expect(receiver.verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => receiver.verify(body.replace("approved", "denied"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
  it("signs with every secret given, and a receiver holding any one of them verifies", () => {
    const [current, previous, other] = [newWebhookSecret(), newWebhookSecret(), newWebhookSecret()];
    const body = JSON.stringify({ id: "evt_456" });
    const headers = signWebhook([current, previous], "evt_456", body);
    expect(headers["webhook-signature"]).toMatch(/^v1,[\w+/=]+ v1,[\w+/=]+$/);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(other).verify(body, headers)).toThrow();
  });
});
