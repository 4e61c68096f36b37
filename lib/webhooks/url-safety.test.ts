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
    ["https://[::ffff:0:7f00:1]/x", /IPv6 form of 127\.0\.0\.1/], // IPv4-translated
    ["https://[64:ff9b::a9fe:a9fe]/x", /169\.254\.169\.254/], // NAT64 of the metadata service
    ["https://[2002:a00:1::1]/x", /10\.0\.0\.1/], // 6to4
    ["https://[2001::1]/x", /Teredo/],
    ["https://hooks.example.com:22/x", /port 22 is not allowed/],
    ["https://hooks.example.com:8443/x", /port 8443 is not allowed/],
    ["https://rebind.example.com/x", /127\.0\.0\.1/], // one bad address is enough
    ["https://metadata.example.com/x", /169\.254/],
    ["https://v6private.example.com/x", /fd00/],
    ["https://nowhere.example.com/x", /does not resolve/],
  ])("refuses %s", async (url, why) => {
    await expect(check(url)).rejects.toThrow(why);
  });
  it("allows ports 443 and 80, and those WEBHOOK_ALLOWED_PORTS adds", async () => {
    await expect(check("https://hooks.example.com:443/x")).resolves.toBeInstanceOf(URL);
    await expect(check("https://hooks.example.com:80/x")).resolves.toBeInstanceOf(URL);
    const withExtra = (url: string) => checkWebhookUrl(url, { allowPrivate: false, allowedPorts: [8443], lookup: dns });
    await expect(withExtra("https://hooks.example.com:8443/x")).resolves.toBeInstanceOf(URL);
    await expect(withExtra("https://hooks.example.com:6379/x")).rejects.toThrow(/port 6379 is not allowed: use 443, 80, 8443/);
  });
  it("allows http and loopback when the server allows private URLs", async () => {
    await expect(checkWebhookUrl("http://127.0.0.1:9/x", { allowPrivate: true, lookup: dns })).resolves.toBeInstanceOf(URL);
  });
});

describe("sendWebhook", () => {
  let server: http.Server;
  let port: number;
  const hung: { closedByClient: boolean }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "http://127.0.0.1:1/elsewhere" }).end();
      } else if (req.url === "/hang") {
        // Never answers: only the sender's own timeout can end this request.
        const seen = { closedByClient: false };
        hung.push(seen);
        req.socket.on("close", () => (seen.closedByClient = true));
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
      allowedPorts: [port], // past the port rule, so the connect-time address check is what refuses
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
  it("gives up after the timeout and closes the connection", async () => {
    // The receiver never answers, so a result at all proves the timeout ended the request (a sender that waited
    // for the answer would hang until vitest's own limit and fail); no clock is read against a bound.
    const result = await send("/hang", true, 300);
    expect(result).toMatchObject({ ok: false, statusCode: null });
    expect(result.error).toMatch(/timed out after 300 ms/);
    await expect.poll(() => hung.map((h) => h.closedByClient)).toEqual([true]);
  });
  it("refuses a port outside 443, 80 and WEBHOOK_ALLOWED_PORTS before connecting", async () => {
    const refused = await sendWebhook({ url: `https://hooks.example.com:${port}/ok`, body: "{}", headers: {}, timeoutMs: 5000, allowPrivate: false, lookup: dns });
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).toMatch(new RegExp(`port ${port} is not allowed`));
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
