import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("contentSecurityPolicy", () => {
  it("lets scripts run only with the response's nonce (and what they load), never inline or eval", () => {
    const scripts = directive(contentSecurityPolicy("abc123"), "script-src");
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(scripts).not.toContain("unsafe");
  });

  it("adds eval only in development, for React's tooling", () => {
    expect(directive(contentSecurityPolicy("n", { isDev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy("n", { isDev: true }), "script-src")).not.toContain("'unsafe-inline'");
  });

  it("keeps the rest of the policy: no plugins, no framing, forms and base to our origin", () => {
    const policy = contentSecurityPolicy("n");
    for (const d of ["object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) {
      expect(policy).toContain(d);
    }
  });
});
