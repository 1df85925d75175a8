import { describe, expect, it } from "vitest";
import { clientKeyOf, isTrustedPeer, normalizeAddress, parseTrustProxy, resolveClientAddress } from "./trust-proxy";

describe("parseTrustProxy", () => {
  it.each([
    [undefined, { kind: "none" }],
    ["", { kind: "none" }],
    ["0", { kind: "none" }],
    ["1", { kind: "hops", hops: 1 }],
    [" 2 ", { kind: "hops", hops: 2 }],
  ])("%j → %j", (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it("reads addresses, CIDR ranges (IPv4 and IPv6) and named ranges", () => {
    expect(parseTrustProxy("10.0.0.1, 172.16.0.0/12,fd00::/8 , ::1")).toEqual({
      kind: "list",
      ranges: [
        { family: "ipv4", network: "10.0.0.1", prefix: 32 },
        { family: "ipv4", network: "172.16.0.0", prefix: 12 },
        { family: "ipv6", network: "fd00::", prefix: 8 },
        { family: "ipv6", network: "::1", prefix: 128 },
      ],
    });
    expect(parseTrustProxy("loopback")).toEqual({
      kind: "list",
      ranges: [
        { family: "ipv4", network: "127.0.0.0", prefix: 8 },
        { family: "ipv6", network: "::1", prefix: 128 },
      ],
    });
  });

  it.each(["true", "*", "proxy.internal", "10.0.0.0/33", "fd00::/129", "10.0.0.1/8/2", "10.0.0.1:80", "1,,2", "-1", "99"])(
    "refuses %j with a reason",
    (value) => {
      expect(() => parseTrustProxy(value)).toThrow(/\w{4,}/);
    },
  );
});

describe("normalizeAddress", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:10.1.2.3", "10.1.2.3"],
    ["[2001:DB8::1]:443", "2001:db8::1"],
    ["203.0.113.9:51234", "203.0.113.9"],
    ["fe80::1%eth0", "fe80::1"],
    [" 198.51.100.7 ", "198.51.100.7"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeAddress(raw)?.address).toBe(expected);
  });

  it.each(["", "unknown", "1.2.3", "not an ip", "999.1.1.1"])("%j is not an address", (raw) => {
    expect(normalizeAddress(raw)).toBeNull();
  });
});

describe("resolveClientAddress", () => {
  const none = parseTrustProxy(undefined);

  it("believes no X-Forwarded-For by default: the socket peer is the client", () => {
    for (const forwardedFor of ["1.2.3.4", "1.2.3.4, 5.6.7.8", "garbage", null]) {
      expect(resolveClientAddress({ peer: "203.0.113.5", forwardedFor, trust: none })).toBe("203.0.113.5");
    }
  });

  it("ignores a spoofed header from a peer that is not a named proxy", () => {
    const trust = parseTrustProxy("10.0.0.0/8");
    expect(resolveClientAddress({ peer: "203.0.113.5", forwardedFor: "198.51.100.1", trust })).toBe("203.0.113.5");
  });

  it("walks right to left through named proxies (IPv4 CIDR)", () => {
    const trust = parseTrustProxy("10.0.0.0/8");
    // client 198.51.100.1 → proxy 10.0.0.2 → proxy 10.0.0.3 → us; the client's own claim (1.1.1.1) stays unread.
    expect(resolveClientAddress({ peer: "10.0.0.3", forwardedFor: "1.1.1.1, 198.51.100.1, 10.0.0.2", trust })).toBe("198.51.100.1");
    expect(resolveClientAddress({ peer: "::ffff:10.0.0.3", forwardedFor: "198.51.100.1", trust })).toBe("198.51.100.1");
  });

  it("walks through named IPv6 proxies", () => {
    const trust = parseTrustProxy("fd00::/8, loopback");
    expect(resolveClientAddress({ peer: "::1", forwardedFor: "2001:db8::7, fd12::5", trust })).toBe("2001:db8::7");
    expect(resolveClientAddress({ peer: "2001:db8::9", forwardedFor: "2001:db8::7", trust })).toBe("2001:db8::9");
  });

  it("with a hop count, takes the address that many hops back and no further", () => {
    const one = parseTrustProxy("1");
    const two = parseTrustProxy("2");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.1", trust: one })).toBe("198.51.100.1");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.1, 10.0.0.2", trust: two })).toBe("198.51.100.1");
    // Fewer hops than configured: the leftmost one.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.1", trust: two })).toBe("198.51.100.1");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: null, trust: one })).toBe("127.0.0.1");
  });

  it("stops at a hop that is not an address, so the key is never a string the client chose", () => {
    const trust = parseTrustProxy("2");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "whatever-i-like, 10.0.0.2", trust })).toBe("10.0.0.2");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "x", trust: parseTrustProxy("1") })).toBe("127.0.0.1");
  });

  it("has no client without a valid peer", () => {
    expect(resolveClientAddress({ peer: "", forwardedFor: "1.2.3.4", trust: parseTrustProxy("1") })).toBeNull();
  });
});

describe("isTrustedPeer", () => {
  it("is true only for a named proxy or any peer under a hop count", () => {
    expect(isTrustedPeer(parseTrustProxy(undefined), "127.0.0.1")).toBe(false);
    expect(isTrustedPeer(parseTrustProxy("loopback"), "::ffff:127.0.0.1")).toBe(true);
    expect(isTrustedPeer(parseTrustProxy("loopback"), "203.0.113.5")).toBe(false);
    expect(isTrustedPeer(parseTrustProxy("1"), "203.0.113.5")).toBe(true);
  });
});

describe("clientKeyOf", () => {
  it("keys IPv4 by address and IPv6 by its /64", () => {
    expect(clientKeyOf("198.51.100.1")).toBe("198.51.100.1");
    expect(clientKeyOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe(clientKeyOf("2001:DB8:1:2::9"));
    expect(clientKeyOf("2001:db8:1:3::1")).not.toBe(clientKeyOf("2001:db8:1:2::1"));
    expect(clientKeyOf("::1")).toBe("0:0:0:0::/64");
    expect(clientKeyOf("64:ff9b::198.51.100.1")).toBe("64:ff9b:0:0::/64");
  });
});
