import { describe, expect, it } from "vitest";
import { classifyAddress } from "./address";

// Every family an attacker reaches for when a URL must "resolve to a public address". Each line names what it is.
const blocked: [string, string][] = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.1.2.3", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["169.254.169.254", "link-local: cloud metadata"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.127.255.254", "carrier-grade NAT"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "this network"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["255.255.255.255", "broadcast"],
  ["240.0.0.1", "reserved"],
  ["198.18.0.1", "benchmarking"],
  ["192.0.0.8", "IETF protocol assignments"],
  ["192.0.2.10", "documentation TEST-NET-1"],
  ["198.51.100.7", "documentation TEST-NET-2"],
  ["203.0.113.9", "documentation TEST-NET-3"],
  ["192.88.99.1", "6to4 relay anycast"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback spelled out"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local with a zone"],
  ["fc00::1", "unique local"],
  ["fd12:3456:789a::1", "unique local"],
  ["ff02::1", "multicast"],
  ["fec0::1", "site-local"],
  ["100::1", "discard-only"],
  ["2001:db8::1", "documentation"],
  ["3fff::1", "documentation (RFC 9637)"],
  ["2001:2::1", "benchmarking"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
  ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
  ["::ffff:10.0.0.1", "IPv4-mapped private"],
  ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
  ["0:0:0:0:0:ffff:c0a8:0101", "IPv4-mapped 192.168.1.1 spelled out"],
  ["::ffff:0:127.0.0.1", "IPv4-translated loopback (RFC 6145)"],
  ["::ffff:0:7f00:1", "IPv4-translated loopback, hex"],
  ["::ffff:0:a9fe:a9fe", "IPv4-translated metadata"],
  ["::127.0.0.1", "IPv4-compatible loopback"],
  ["::7f00:1", "IPv4-compatible loopback, hex"],
  ["::10.0.0.1", "IPv4-compatible private"],
  ["64:ff9b::a00:1", "NAT64 of 10.0.0.1"],
  ["64:ff9b::127.0.0.1", "NAT64 of loopback, dotted"],
  ["64:ff9b::a9fe:a9fe", "NAT64 of metadata"],
  ["64:ff9b:1::a00:1", "local-use NAT64 (RFC 8215)"],
  ["64:ff9b:1:ffff::808:808", "local-use NAT64, even of a public v4"],
  ["2002:7f00:1::", "6to4 of 127.0.0.1"],
  ["2002:a00:1::1", "6to4 of 10.0.0.1"],
  ["2002:c0a8:101::", "6to4 of 192.168.1.1"],
  ["2002:a9fe:a9fe::1", "6to4 of metadata"],
  ["2001::1", "Teredo"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo, a real-looking one"],
  ["4000::1", "outside global unicast"],
];

const allowed = [
  "8.8.8.8",
  "1.1.1.1",
  "172.32.0.1",
  "172.15.255.255",
  "100.128.0.1",
  "93.184.216.34",
  "2606:4700:4700::1111",
  "2a00:1450:4001:82a::200e",
  "::ffff:8.8.8.8", // IPv4-mapped public
  "::ffff:0:808:808", // IPv4-translated public
  "64:ff9b::808:808", // NAT64 of a public address
  "2002:808:808::1", // 6to4 of a public address
];

describe("classifyAddress", () => {
  it.each(blocked)("refuses %s (%s)", (address) => {
    expect(classifyAddress(address).isPublic).toBe(false);
  });
  it.each(allowed)("allows %s", (address) => {
    expect(classifyAddress(address)).toEqual({ isPublic: true });
  });
  it("refuses what is not an IP address, loose IPv4 spellings included", () => {
    for (const junk of ["localhost", "", "127.1", "0x7f.0.0.1", "2130706433", "::ffff:999.0.0.1"]) {
      expect(classifyAddress(junk).isPublic).toBe(false);
    }
  });
  it("says why", () => {
    const reason = (a: string) => {
      const v = classifyAddress(a);
      return v.isPublic ? "public" : v.reason;
    };
    expect(reason("::ffff:127.0.0.1")).toMatch(/IPv6 form of 127\.0\.0\.1, a loopback address/);
    expect(reason("2002:a9fe:a9fe::1")).toMatch(/IPv6 form of 169\.254\.169\.254, a link-local address/);
    expect(reason("2001::1")).toMatch(/Teredo/);
    expect(reason("64:ff9b:1::a00:1")).toMatch(/local-use NAT64/);
    expect(reason("100.64.0.1")).toMatch(/carrier-grade NAT/);
  });
});
