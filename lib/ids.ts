import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export const ID_PREFIXES = {
  organization: "org",
  user: "usr",
  apiKey: "key",
  contractor: "cn",
  certificate: "ci",
  reviewResult: "ca",
  auditResult: "car",
  entity: "en",
  insuranceRequirement: "ir",
  webhookEndpoint: "we",
  event: "evt",
  webhookSecret: "whsec",
  // Not in the contract's list; ours, for the delivery log.
  webhookDelivery: "whd",
  webhookAttempt: "wha",
  auditLogEntry: "al",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

/** Random base62; 256 % 62 bias is removed by rejection so every character is equally likely. */
export function randomString(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

export function newId(kind: IdKind, length = 14): string {
  return `${ID_PREFIXES[kind]}_${randomString(length)}`;
}

/** Whether `value` looks like an ID of that kind; used to answer 404 early without a query. */
export function isIdOf(kind: IdKind, value: unknown): value is string {
  return typeof value === "string" && new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-Za-z]{6,40}$`).test(value);
}
