import { BlockList, isIP } from "node:net";

// Addresses a webhook must never reach unless the organization allows private URLs: the server's own loopback,
// its private networks, link-local (169.254.169.254 is the cloud metadata service), multicast and the reserved
// ranges. Any IPv6 form that embeds an IPv4 address is judged by that IPv4 address.

const v4 = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network", includes the unspecified 0.0.0.0
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, includes broadcast
] as const) {
  v4.addSubnet(net, bits, "ipv4");
}

const v6 = new BlockList();
for (const [net, bits] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["100::", 64], // discard-only
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still routable on some networks)
  ["ff00::", 8], // multicast
] as const) {
  v6.addSubnet(net, bits, "ipv6");
}

/** The 16 bytes of an IPv6 address (any textual form, including a dotted IPv4 tail). */
export function ipv6Bytes(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split(".").map(Number);
    text = text.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.flatMap((g) => {
    const n = parseInt(g || "0", 16);
    return [n >> 8, n & 0xff];
  });
}

/** The IPv4 address an IPv6 address carries (mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96, 6to4). */
function embeddedIpv4(bytes: number[]): string | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  const tail = (at: number) => bytes.slice(at, at + 4).join(".");
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return tail(12);
  if (zeros(0, 12)) return tail(12);
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) return tail(12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return tail(2);
  return null;
}

export type AddressVerdict = { isPublic: true } | { isPublic: false; reason: string };

/** Whether a webhook may be sent to this IP address when private URLs are not allowed. */
export function classifyAddress(address: string): AddressVerdict {
  const family = isIP(address.replace(/%.*$/, ""));
  if (family === 4) {
    return v4.check(address, "ipv4") ? { isPublic: false, reason: `${address} is a private, loopback or reserved address` } : { isPublic: true };
  }
  if (family === 6) {
    const bytes = ipv6Bytes(address);
    const inner = embeddedIpv4(bytes);
    // ::1 and :: sit inside ::/96 (IPv4-compatible); judge them as IPv6 first.
    if (v6.check(address.replace(/%.*$/, ""), "ipv6")) {
      return { isPublic: false, reason: `${address} is a private, loopback, link-local or reserved address` };
    }
    if (inner) {
      const verdict = classifyAddress(inner);
      return verdict.isPublic ? verdict : { isPublic: false, reason: `${address} embeds ${inner}, a private, loopback or reserved address` };
    }
    return { isPublic: true };
  }
  return { isPublic: false, reason: `'${address}' is not an IP address` };
}
