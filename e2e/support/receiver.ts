import http from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { headers: Record<string, string>; body: string; at: number; status: number };

/**
 * A real webhook receiver on loopback, inside the test process. `respond` picks the status for the n-th request
 * (1-based), so a test can script an outage: `(n) => (n <= 5 ? 500 : 200)`.
 */
export class Receiver {
  readonly received: Received[] = [];
  private server!: http.Server;
  port = 0;

  constructor(private respond: (n: number, req: Received) => number = () => 200) {}

  static async start(respond?: (n: number, req: Received) => number) {
    const r = new Receiver(respond);
    r.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const got: Received = {
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks).toString("utf8"),
          at: Date.now(),
          status: 0,
        };
        r.received.push(got);
        got.status = r.respond(r.received.length, got);
        res.writeHead(got.status, { "content-type": "text/plain" }).end("ok");
      });
    });
    await new Promise<void>((resolve) => r.server.listen(0, "127.0.0.1", resolve));
    r.port = (r.server.address() as AddressInfo).port;
    return r;
  }

  /** A URL on a port where nothing listens: every attempt is refused. */
  static async deadUrl() {
    const r = await Receiver.start();
    await r.stop();
    return r.url;
  }

  get url() {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** Requests answered 2xx, parsed, in arrival order. */
  delivered(): { headers: Record<string, string>; body: string; event: Record<string, any> }[] { // eslint-disable-line @typescript-eslint/no-explicit-any
    return this.received.filter((r) => r.status >= 200 && r.status < 300).map((r) => ({ headers: r.headers, body: r.body, event: JSON.parse(r.body) }));
  }

  async waitFor(predicate: (r: Receiver) => boolean, timeoutMs = 20_000, what = "webhook") {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; received ${this.received.length} request(s)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
