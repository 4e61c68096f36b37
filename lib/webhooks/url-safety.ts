import dns from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { classifyAddress } from "./address";

export type LookupAll = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemLookup: LookupAll = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

export class UnsafeWebhookUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafeWebhookUrlError";
  }
}

export type CheckUrlOptions = { allowPrivate: boolean; allowedPorts?: number[]; lookup?: LookupAll };

/** The web's ports, 443 and 80: anything else on a public host is a mail, database or admin service to probe. */
export const WEB_PORTS = [443, 80];

/**
 * Refuses a port outside 443, 80 and `allowedPorts`. A server that allows private URLs already lets a webhook reach
 * every service on its own networks, so it allows any port (the tests' loopback receivers listen on random ones).
 */
export function assertWebhookPort(url: URL, { allowPrivate, allowedPorts = [] }: Pick<CheckUrlOptions, "allowPrivate" | "allowedPorts">): void {
  if (allowPrivate) return;
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const allowed = [...WEB_PORTS, ...allowedPorts];
  if (!allowed.includes(port)) {
    throw new UnsafeWebhookUrlError(`port ${port} is not allowed: use ${allowed.join(", ")} (WEBHOOK_ALLOWED_PORTS lists more)`);
  }
}

/** The URL's host without IPv6 brackets, as DNS and `net` want it. */
export const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/**
 * Checked when an endpoint is saved, so a customer learns at once that a URL will never be delivered to. Delivery
 * checks again at connect time (see `guardedLookup`): DNS may have changed since, on purpose or not.
 */
export async function checkWebhookUrl(raw: string, { allowPrivate, allowedPorts, lookup = systemLookup }: CheckUrlOptions): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeWebhookUrlError("must be an absolute URL, like https://example.com/webhooks");
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) {
    throw new UnsafeWebhookUrlError(allowPrivate ? "must be an http or https URL" : "must be an https URL");
  }
  if (url.username || url.password) throw new UnsafeWebhookUrlError("must not carry credentials; verify signatures instead");
  assertWebhookPort(url, { allowPrivate, allowedPorts });
  if (allowPrivate) return url;
  const host = bareHost(url);
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host, lookup);
  for (const { address } of addresses) {
    const verdict = classifyAddress(address);
    if (!verdict.isPublic) throw new UnsafeWebhookUrlError(`must resolve to public addresses only: ${verdict.reason}`);
  }
  return url;
}

async function resolve(host: string, lookup: LookupAll) {
  try {
    const found = await lookup(host);
    if (found.length === 0) throw new Error("no addresses");
    return found;
  } catch {
    throw new UnsafeWebhookUrlError(`host '${host}' does not resolve`);
  }
}

/**
 * A `lookup` for http.request that refuses a host if any of its addresses is not public, and then connects to
 * exactly the addresses it checked. Checking and connecting on the same answer closes the DNS-rebinding gap that a
 * "resolve, check, then let the HTTP client resolve again" sequence leaves open.
 */
export function guardedLookup(lookup: LookupAll = systemLookup): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname)
      .then((found) => {
        for (const { address } of found) {
          const verdict = classifyAddress(address);
          if (!verdict.isPublic) throw new UnsafeWebhookUrlError(`refused to connect: ${verdict.reason}`);
        }
        const family = typeof options === "object" && options.family ? options.family : 0;
        const usable = family ? found.filter((a) => a.family === family) : found;
        if (usable.length === 0) throw new UnsafeWebhookUrlError(`host '${hostname}' has no usable address`);
        if (typeof options === "object" && options.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, "", 0));
  };
}
