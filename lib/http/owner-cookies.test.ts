import { describe, expect, it } from "vitest";
import { OWNED_IDS_COOKIE, OWNER_TOKENS_COOKIE } from "@/lib/tickets/owner-cookie";
import { bearerTokenOf, forgetOwnership, ownerTokenFor, rememberOwnership } from "./owner-cookies";

function memoryStore() {
  const values = new Map<string, { value: string; options: Record<string, unknown> }>();
  return {
    values,
    get: (name: string) => values.get(name),
    set: (name: string, value: string, options: Record<string, unknown>) => values.set(name, { value, options }),
  };
}

describe("owner cookies", () => {
  it("are Secure when the request came over HTTPS, and not over plain HTTP (the browser would drop them)", () => {
    const https = memoryStore();
    rememberOwnership(https, { id: "a1", ownerToken: "eo_x", isHttps: true });
    expect(https.values.get(OWNER_TOKENS_COOKIE)?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" });
    expect(https.values.get(OWNED_IDS_COOKIE)?.options).toMatchObject({ secure: true, httpOnly: false });
    forgetOwnership(https, { id: "a1", isHttps: true });
    expect(https.values.get(OWNER_TOKENS_COOKIE)?.options).toMatchObject({ secure: true });

    const http = memoryStore();
    rememberOwnership(http, { id: "a1", ownerToken: "eo_x", isHttps: false });
    expect(http.values.get(OWNER_TOKENS_COOKIE)?.options).toMatchObject({ secure: false });
    expect(ownerTokenFor(http, "a1")).toBe("eo_x");
  });

  it("reads a Bearer owner token", () => {
    expect(bearerTokenOf(new Headers({ authorization: "Bearer eo_abc" }))).toBe("eo_abc");
    expect(bearerTokenOf(new Headers({ authorization: "bearer   eo_abc" }))).toBe("eo_abc");
    expect(bearerTokenOf(new Headers({ authorization: "Basic eo_abc" }))).toBeNull();
    expect(bearerTokenOf(new Headers())).toBeNull();
  });
});
