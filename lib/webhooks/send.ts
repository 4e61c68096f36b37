import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { performance } from "node:perf_hooks";
import { classifyAddress } from "./address";
import { assertWebhookPort, bareHost, guardedLookup, type LookupAll } from "./url-safety";

export type SendOptions = {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivate: boolean;
  allowedPorts?: number[];
  lookup?: LookupAll;
};

/** What one attempt produced: `ok` only for a 2xx. A 3xx is a failure: redirects are never followed. */
export type SendResult = { ok: boolean; statusCode: number | null; latencyMs: number; error: string | null };

// Keep-alive agents: a busy endpoint gets a handful of reused connections instead of a TLS handshake per event.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};
const MAX_RESPONSE_BYTES = 64 * 1024;

/** POSTs one signed event. Never throws: every outcome, including refusals, is a result to log. */
export async function sendWebhook(opts: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): SendResult => ({
    ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
    statusCode,
    latencyMs: Math.round(performance.now() - started),
    error,
  });
  let url: URL;
  try {
    url = new URL(opts.url);
  } catch {
    return done(null, "invalid URL");
  }
  if (url.protocol !== "https:" && !(opts.allowPrivate && url.protocol === "http:")) return done(null, "refused: only https URLs are allowed");
  // Checked again here: the endpoint may have been saved before the port rule, or under another configuration.
  try {
    assertWebhookPort(url, opts);
  } catch (err) {
    return done(null, `refused: ${(err as Error).message}`);
  }
  // An IP literal never goes through `lookup`, so it is judged here.
  const host = bareHost(url);
  if (!opts.allowPrivate && isIP(host)) {
    const verdict = classifyAddress(host);
    if (!verdict.isPublic) return done(null, `refused to connect: ${verdict.reason}`);
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendResult>((resolve) => {
    const req = client.request(
      url,
      {
        method: "POST",
        agent: agents[url.protocol as "http:" | "https:"],
        headers: {
          ...opts.headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(opts.body)),
          "user-agent": "Coverdesk-Webhooks/1.0",
        },
        lookup: opts.allowPrivate ? undefined : guardedLookup(opts.lookup),
        signal: AbortSignal.timeout(opts.timeoutMs),
      },
      (res) => {
        // Drain (a little of) the body so the connection can be reused; its content is not kept.
        let seen = 0;
        res.on("data", (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > MAX_RESPONSE_BYTES) res.destroy();
        });
        const status = res.statusCode ?? null;
        const error = status !== null && status >= 300 && status < 400 ? `redirect to ${res.headers.location ?? "?"} not followed` : status !== null && status >= 400 ? `HTTP ${status}` : null;
        res.on("end", () => resolve(done(status, error)));
        res.on("close", () => resolve(done(status, error)));
        res.on("error", () => resolve(done(status, error)));
      },
    );
    req.on("error", (err: NodeJS.ErrnoException) => {
      const timedOut = err.name === "AbortError" || err.name === "TimeoutError";
      resolve(done(null, timedOut ? `timed out after ${opts.timeoutMs} ms` : describe(err)));
    });
    req.end(opts.body);
  });
}

function describe(err: NodeJS.ErrnoException): string {
  if (err.name === "UnsafeWebhookUrlError") return err.message;
  return err.code ? `${err.code}: ${err.message}` : err.message;
}
