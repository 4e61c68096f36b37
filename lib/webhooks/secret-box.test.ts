import { describe, expect, it } from "vitest";
import { isSealedSecret, openWebhookSecret, sealWebhookSecret } from "./secret-box";
import { newWebhookSecret } from "./sign";

const server = "a-server-secret-for-tests";

describe("sealWebhookSecret / openWebhookSecret", () => {
  it("round-trips, and the stored form shows nothing of the secret", () => {
    const secret = newWebhookSecret();
    const sealed = sealWebhookSecret(secret, "we_1", server);
    expect(sealed).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(isSealedSecret(sealed)).toBe(true);
    expect(sealed).not.toContain("whsec_");
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(openWebhookSecret(sealed, "we_1", server)).toBe(secret);
    expect(sealWebhookSecret(secret, "we_1", server)).not.toBe(sealed); // a fresh IV each time
  });
  it("does not open under another server secret, for another endpoint, or tampered", () => {
    const sealed = sealWebhookSecret(newWebhookSecret(), "we_1", server);
    expect(() => openWebhookSecret(sealed, "we_1", "another-server-secret")).toThrow(/cannot be decrypted/);
    expect(() => openWebhookSecret(sealed, "we_2", server)).toThrow(/cannot be decrypted/);
    const [v, iv, tag, data] = sealed.split(":");
    const flipped = `${v}:${iv}:${tag}:${(data[0] === "A" ? "B" : "A") + data.slice(1)}`;
    expect(() => openWebhookSecret(flipped, "we_1", server)).toThrow(/cannot be decrypted/);
    expect(() => openWebhookSecret("whsec_plaintext", "we_1", server)).toThrow(/cannot be decrypted/);
  });
  it("refuses to work without a server secret", () => {
    expect(() => sealWebhookSecret(newWebhookSecret(), "we_1", "")).toThrow(/NEXTAUTH_SECRET/);
  });
});
