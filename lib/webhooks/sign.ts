import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { ID_PREFIXES } from "../ids";

/** 32 random bytes, base64 after the `whsec_` prefix: the format Standard Webhooks libraries take as is. */
export function newWebhookSecret(): string {
  return `${ID_PREFIXES.webhookSecret}_${randomBytes(32).toString("base64")}`;
}

export type SignedHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

/**
 * Standard Webhooks headers for one attempt. `webhook-id` is the event id, the same on every retry and resend, so a
 * receiver can drop duplicates; the timestamp is the attempt's, as verifiers reject messages older than 5 minutes.
 * With several secrets (a rotation's overlap) each signs, space-separated, as the spec allows: a receiver with
 * either secret verifies.
 */
export function signWebhook(secrets: string | string[], eventId: string, body: string, at = new Date()): SignedHeaders {
  const signature = [secrets].flat().map((secret) => new Webhook(secret).sign(eventId, at, body));
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature.join(" "),
  };
}
