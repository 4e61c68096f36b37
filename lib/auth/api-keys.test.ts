import { describe, expect, it } from "vitest";
import { hashApiKey, keyFromAuthorization } from "./api-keys";

describe("keyFromAuthorization", () => {
  it("reads Basic (key as user name, empty password) and Bearer", () => {
    const basic = `Basic ${Buffer.from("cd_live_abc:").toString("base64")}`;
    expect(keyFromAuthorization(basic)).toBe("cd_live_abc");
    expect(keyFromAuthorization("Bearer cd_live_xyz")).toBe("cd_live_xyz");
    expect(keyFromAuthorization("bearer  cd_live_xyz ")).toBe("cd_live_xyz");
    expect(keyFromAuthorization(null)).toBeNull();
    expect(keyFromAuthorization("Digest abc")).toBeNull();
    expect(keyFromAuthorization("Bearer")).toBeNull();
  });

  it("stores only a SHA-256, never the key", () => {
    expect(hashApiKey("cd_live_abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey("cd_live_abc")).not.toContain("cd_live");
  });
});
