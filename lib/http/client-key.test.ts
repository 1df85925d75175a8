import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clientKeyFrom, hasTrustedProxy, PEER_HEADER, UNKNOWN_CLIENT } from "./client-key";
import { parseTrustProxy } from "./trust-proxy";

const PEER_MARKER = Symbol.for("errdoc.peerHeader");
const marked = globalThis as unknown as Record<symbol, unknown>;

describe("clientKeyFrom", () => {
  beforeEach(() => {
    marked[PEER_MARKER] = true;
  });
  afterEach(() => {
    delete marked[PEER_MARKER];
  });

  it("keys on the socket peer, whatever X-Forwarded-For a client invents", () => {
    const keys = new Set(
      Array.from({ length: 20 }, (_, i) =>
        clientKeyFrom(new Headers({ [PEER_HEADER]: "203.0.113.5", "x-forwarded-for": `198.51.100.${i}` }), parseTrustProxy(undefined)),
      ),
    );
    expect([...keys]).toEqual(["203.0.113.5"]);
  });

  it("behind a named proxy, tells its clients apart", () => {
    const trust = parseTrustProxy("loopback");
    const key = (forwardedFor: string) => clientKeyFrom(new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": forwardedFor }), trust);
    expect(key("198.51.100.1")).toBe("198.51.100.1");
    expect(key("198.51.100.2")).toBe("198.51.100.2");
    expect(key("2001:db8:5:6::1")).toBe("2001:db8:5:6::/64");
  });

  it("is the shared unknown key when no peer was stamped", () => {
    expect(clientKeyFrom(new Headers({ "x-forwarded-for": "198.51.100.1" }), parseTrustProxy("1"))).toBe(UNKNOWN_CLIENT);
  });

  it("does not believe a peer header in a process that serve.mjs did not start (a client could have sent it)", () => {
    delete marked[PEER_MARKER];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const forged = new Headers({ [PEER_HEADER]: "198.51.100.77", "x-forwarded-for": "198.51.100.78" });
    expect(clientKeyFrom(forged, parseTrustProxy("loopback"))).toBe(UNKNOWN_CLIENT);
    expect(hasTrustedProxy(forged, parseTrustProxy("1"))).toBe(false);
    warn.mockRestore();
  });

  it("trusts forwarded headers only from a named proxy", () => {
    const headers = new Headers({ [PEER_HEADER]: "203.0.113.5" });
    expect(hasTrustedProxy(headers, parseTrustProxy(undefined))).toBe(false);
    expect(hasTrustedProxy(headers, parseTrustProxy("10.0.0.0/8"))).toBe(false);
    expect(hasTrustedProxy(headers, parseTrustProxy("203.0.113.0/24"))).toBe(true);
  });
});
