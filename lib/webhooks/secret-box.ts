import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Webhook signing secrets are HMAC keys: they cannot be hashed away like API keys, since every delivery is signed
// with them. So they are stored sealed (AES-256-GCM) under a key derived from the server secret, which lives outside
// the database (NEXTAUTH_SECRET, or DATA_DIR/auth-secret): a copy of the database alone signs nothing.
//
// Format: `v1:<iv>:<tag>:<ciphertext>`, base64url. The version names the key derivation and cipher, so a later
// scheme can be added beside this one. The endpoint's id is the additional data: a sealed secret moved to another
// row does not open.

const VERSION = "v1";
const INFO = "coverdesk webhook secrets v1";

let cached: { serverSecret: string; key: Buffer } | undefined;

function keyFor(serverSecret: string | undefined): Buffer {
  if (!serverSecret) throw new Error("NEXTAUTH_SECRET is not set; webhook secrets cannot be sealed or opened.");
  if (cached?.serverSecret !== serverSecret) {
    const key = Buffer.from(hkdfSync("sha256", serverSecret, "coverdesk", INFO, 32));
    cached = { serverSecret, key };
  }
  return cached.key;
}

export const isSealedSecret = (stored: string) => stored.startsWith(`${VERSION}:`);

/** Seals a `whsec_…` secret for the row of endpoint `endpointId`. */
export function sealWebhookSecret(plain: string, endpointId: string, serverSecret = process.env.NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(serverSecret), iv);
  cipher.setAAD(Buffer.from(endpointId));
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(":");
}

export class WebhookSecretUnreadableError extends Error {
  constructor(endpointId: string) {
    super(`the signing secret of ${endpointId} cannot be decrypted (was NEXTAUTH_SECRET changed?); rotate the secret`);
    this.name = "WebhookSecretUnreadableError";
  }
}

/** The `whsec_…` secret, only to sign with. Throws when the seal was made under another key or for another row. */
export function openWebhookSecret(sealed: string, endpointId: string, serverSecret = process.env.NEXTAUTH_SECRET): string {
  const [version, iv, tag, data, ...rest] = sealed.split(":");
  if (version !== VERSION || !iv || !tag || data === undefined || rest.length) throw new WebhookSecretUnreadableError(endpointId);
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(serverSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(endpointId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new WebhookSecretUnreadableError(endpointId);
  }
}
