import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

// Addresses a webhook must never reach unless the server allows private URLs: its own loopback, its private
// networks, link-local (169.254.169.254 is the cloud metadata service), CGNAT, multicast, documentation and the
// reserved ranges. ipaddr.js (maintained, the parser Express's proxy-addr uses) names the IANA special-purpose range
// of every spelling of an address, so no range table or IPv6 parser of ours can lag behind or misread a form.

/** IPv6 ranges that carry an IPv4 address: judged by that address, so a public one behind NAT64 still works. */
const EMBEDS_IPV4 = new Set(["ipv4Mapped", "rfc6145", "6to4"]);
// 64:ff9b::/96 is the well-known NAT64 prefix, v4 in the last 32 bits. 64:ff9b:1::/48 (RFC 8215) is local-use:
// where its v4 sits depends on the prefix length the operator chose, so it cannot be judged and is refused whole.
const NAT64_WELL_KNOWN = ipaddr.parseCIDR("64:ff9b::/96");
// ::a.b.c.d (IPv4-compatible, deprecated): no range name of its own, and many stacks still route it to a.b.c.d.
const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");
// Everything outside global unicast is unassigned, reserved or special (ULA, link-local, multicast live there).
const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");

export type AddressVerdict = { isPublic: true } | { isPublic: false; reason: string };

/** Whether a webhook may be sent to this IP address when private URLs are not allowed. */
export function classifyAddress(address: string): AddressVerdict {
  const why = whyNotPublic(address.replace(/%.*$/, ""));
  return why ? { isPublic: false, reason: `${address} is ${why}` } : { isPublic: true };
}

/** Null for a public address, else what it is: "a loopback address", "an IPv6 form of 10.0.0.1, a private address". */
function whyNotPublic(bare: string): string | null {
  // node:net's strict syntax first: ipaddr.js also takes loose IPv4 ("0x7f.1", "127.1"), which no DNS answer holds.
  const family = isIP(bare);
  if (family === 4) {
    const range = ipaddr.IPv4.parse(bare).range();
    return range === "unicast" ? null : `a ${describe(range)} address`;
  }
  if (family !== 6) return "not an IP address";
  const ip = ipaddr.IPv6.parse(bare);
  const range = ip.range();
  const inner = embeddedIpv4(ip, range);
  if (inner) {
    const why = whyNotPublic(inner);
    return why ? `an IPv6 form of ${inner}, ${why}` : null;
  }
  if (range !== "unicast") return `a ${describe(range)} address`;
  if (!ip.match(GLOBAL_UNICAST)) return "outside IPv6 global unicast (2000::/3)";
  return null;
}

/** The IPv4 address an IPv6 address stands for, in the forms that route to that IPv4 host. */
function embeddedIpv4(ip: ipaddr.IPv6, range: string): string | null {
  const bytes = ip.toByteArray();
  const v4 = (at: number) => bytes.slice(at, at + 4).join(".");
  if (range === "unspecified" || range === "loopback") return null; // :: and ::1 sit inside ::/96
  if (range === "6to4") return v4(2); // 2002:AABB:CCDD::/48
  if (EMBEDS_IPV4.has(range) || ip.match(NAT64_WELL_KNOWN) || ip.match(IPV4_COMPATIBLE)) return v4(12);
  return null;
}

const NAMES: Record<string, string> = {
  unspecified: "unspecified",
  broadcast: "broadcast",
  multicast: "multicast",
  linkLocal: "link-local",
  loopback: "loopback",
  carrierGradeNat: "carrier-grade NAT",
  private: "private",
  uniqueLocal: "unique local (private)",
  deprecatedSiteLocal: "site-local",
  rfc6052: "local-use NAT64 (64:ff9b:1::/48)",
  teredo: "Teredo tunnel",
};
const describe = (range: string) => NAMES[range] ?? `reserved or special-purpose (${range})`;
