import { describe, expect, it } from "vitest";
import { classifyAddress, ipv6Bytes } from "./address";

const blocked = [
  "127.0.0.1",
  "127.255.255.254",
  "10.1.2.3",
  "172.16.0.1",
  "172.31.255.255",
  "192.168.1.1",
  "169.254.169.254", // cloud metadata
  "100.64.0.1",
  "0.0.0.0",
  "224.0.0.1",
  "239.255.255.250",
  "255.255.255.255",
  "198.18.0.1",
  "192.0.2.10",
  "::",
  "::1",
  "fe80::1",
  "fe80::1%eth0",
  "fc00::1",
  "fd12:3456:789a::1",
  "ff02::1",
  "fec0::1",
  "2001:db8::1",
  "::ffff:127.0.0.1", // IPv4-mapped
  "::ffff:7f00:1", // the same, in hex
  "::ffff:10.0.0.1",
  "::ffff:169.254.169.254",
  "0:0:0:0:0:ffff:c0a8:0101", // ::ffff:192.168.1.1 spelled out
  "::127.0.0.1", // IPv4-compatible
  "64:ff9b::a00:1", // NAT64 of 10.0.0.1
  "2002:7f00:1::", // 6to4 of 127.0.0.1
];

const allowed = ["8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.128.0.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e", "::ffff:8.8.8.8", "64:ff9b::808:808"];

describe("classifyAddress", () => {
  it.each(blocked)("refuses %s", (address) => {
    expect(classifyAddress(address).isPublic).toBe(false);
  });
  it.each(allowed)("allows %s", (address) => {
    expect(classifyAddress(address)).toEqual({ isPublic: true });
  });
  it("refuses what is not an IP address", () => {
    expect(classifyAddress("localhost").isPublic).toBe(false);
    expect(classifyAddress("").isPublic).toBe(false);
  });
  it("says why", () => {
    const verdict = classifyAddress("::ffff:127.0.0.1");
    expect(verdict.isPublic || verdict.reason).toMatch(/embeds 127\.0\.0\.1/);
  });
});

describe("ipv6Bytes", () => {
  it("expands every spelling to 16 bytes", () => {
    expect(ipv6Bytes("::1")).toEqual([...Array(15).fill(0), 1]);
    expect(ipv6Bytes("::ffff:1.2.3.4")).toEqual([...Array(10).fill(0), 255, 255, 1, 2, 3, 4]);
    expect(ipv6Bytes("2001:db8::")).toEqual([0x20, 0x01, 0x0d, 0xb8, ...Array(12).fill(0)]);
  });
});
