import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryDelayMs } from "./config";
import { sendWebhook } from "./send";
import { checkWebhookUrl, type LookupAll } from "./url-safety";

const fakeDns =
  (table: Record<string, string[]>): LookupAll =>
  async (host) => {
    const found = table[host];
    if (!found) throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

const dns = fakeDns({
  "hooks.example.com": ["93.184.216.34", "2606:2800:220:1::1"],
  "rebind.example.com": ["93.184.216.34", "127.0.0.1"],
  "metadata.example.com": ["169.254.169.254"],
  "v6private.example.com": ["fd00::1"],
});

describe("checkWebhookUrl (private URLs not allowed)", () => {
  const check = (url: string) => checkWebhookUrl(url, { allowPrivate: false, lookup: dns });

  it("accepts an https URL whose every address is public", async () => {
    await expect(check("https://hooks.example.com/coverdesk")).resolves.toBeInstanceOf(URL);
    await expect(check("https://8.8.8.8/hook")).resolves.toBeInstanceOf(URL);
  });
  it.each([
    ["http://hooks.example.com/x", /https/],
    ["ftp://hooks.example.com/x", /https/],
    ["not a url", /absolute URL/],
    ["https://user:pw@hooks.example.com/x", /credentials/],
    ["https://127.0.0.1/x", /public/],
    ["https://2130706433/x", /public/], // 127.0.0.1 as one number; the URL parser normalises it
    ["https://[::1]/x", /public/],
    ["https://[::ffff:127.0.0.1]/x", /public/],
    ["https://[fe80::1]/x", /public/],
    ["https://rebind.example.com/x", /127\.0\.0\.1/], // one bad address is enough
    ["https://metadata.example.com/x", /169\.254/],
    ["https://v6private.example.com/x", /fd00/],
    ["https://nowhere.example.com/x", /does not resolve/],
  ])("refuses %s", async (url, why) => {
    await expect(check(url)).rejects.toThrow(why);
  });
  it("allows http and loopback when the server allows private URLs", async () => {
    await expect(checkWebhookUrl("http://127.0.0.1:9/x", { allowPrivate: true, lookup: dns })).resolves.toBeInstanceOf(URL);
  });
});

describe("sendWebhook", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "http://127.0.0.1:1/elsewhere" }).end();
      } else if (req.url === "/slow") {
        setTimeout(() => res.end("late"), 2000);
      } else {
        res.end("ok");
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  const send = (path: string, allowPrivate: boolean, timeoutMs = 5000, host = "127.0.0.1") =>
    sendWebhook({ url: `http://${host}:${port}${path}`, body: "{}", headers: {}, timeoutMs, allowPrivate });

  it("delivers to loopback only when private URLs are allowed", async () => {
    expect(await send("/ok", true)).toMatchObject({ ok: true, statusCode: 200, error: null });
    expect((await send("/ok", false)).error).toMatch(/https/);
    const refused = await sendWebhook({
      url: `https://localhost:${port}/ok`,
      body: "{}",
      headers: {},
      timeoutMs: 5000,
      allowPrivate: false,
      lookup: async () => [{ address: "127.0.0.1", family: 4 }],
    });
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).toMatch(/refused to connect/);
  });
  it("does not follow redirects", async () => {
    const result = await send("/redirect", true);
    expect(result).toMatchObject({ ok: false, statusCode: 302 });
    expect(result.error).toMatch(/not followed/);
  });
  it("gives up after the timeout", async () => {
    const result = await send("/slow", true, 300);
    expect(result).toMatchObject({ ok: false, statusCode: null });
    expect(result.error).toMatch(/timed out after 300 ms/);
    expect(result.latencyMs).toBeLessThan(1500);
  });
});

describe("retryDelayMs", () => {
  it("follows the schedule with ±20 % jitter, then stops", () => {
    const schedule = [5, 300];
    expect(retryDelayMs(1, schedule, () => 0)).toBe(4000);
    expect(retryDelayMs(1, schedule, () => 1)).toBe(6000);
    expect(retryDelayMs(2, schedule, () => 0.5)).toBe(300_000);
    expect(retryDelayMs(3, schedule)).toBeNull();
  });
});
