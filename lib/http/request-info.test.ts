import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PEER_HEADER } from "./client-key";

const PEER_MARKER = Symbol.for("errdoc.peerHeader");
const marked = globalThis as unknown as Record<symbol, unknown>;

/** request-info reads env() once per module instance: each case loads it with its own environment. */
async function load(environment: Record<string, string>) {
  vi.resetModules();
  for (const name of ["PUBLIC_URL", "TRUST_PROXY"]) vi.stubEnv(name, environment[name] ?? "");
  return import("./request-info");
}

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/v1/diagnoses", { headers: { host: "errdoc.test:3000", [PEER_HEADER]: "127.0.0.1", ...headers } });

describe("originOf and isHttpsRequest", () => {
  beforeEach(() => {
    marked[PEER_MARKER] = true;
  });
  afterEach(() => {
    delete marked[PEER_MARKER];
    vi.unstubAllEnvs();
  });

  it("ignores X-Forwarded-Host and -Proto from a peer that is not a named proxy", async () => {
    const { originOf, isHttpsRequest } = await load({});
    const forged = request({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(originOf(forged)).toBe("http://errdoc.test:3000");
    expect(isHttpsRequest(forged.headers)).toBe(false);
  });

  it("believes them from a proxy named in TRUST_PROXY", async () => {
    const { originOf, isHttpsRequest } = await load({ TRUST_PROXY: "loopback" });
    const proxied = request({ "x-forwarded-host": "errdoc.example.com", "x-forwarded-proto": "https" });
    expect(originOf(proxied)).toBe("https://errdoc.example.com");
    expect(isHttpsRequest(proxied.headers)).toBe(true);
    expect(isHttpsRequest(request({ "x-forwarded-proto": "http" }).headers)).toBe(false);
  });

  it("uses PUBLIC_URL over any header, and an https PUBLIC_URL means HTTPS", async () => {
    const { originOf, isHttpsRequest } = await load({ PUBLIC_URL: "https://errdoc.example.com/", TRUST_PROXY: "loopback" });
    const proxied = request({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" });
    expect(originOf(proxied)).toBe("https://errdoc.example.com");
    expect(isHttpsRequest(proxied.headers)).toBe(true);
  });
});
