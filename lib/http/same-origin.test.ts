import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertNotCrossSite } from "./same-origin";

function outcome(headers: Record<string, string>): string {
  try {
    assertNotCrossSite(new Headers({ host: "errdoc.test", ...headers }));
    return "ok";
  } catch (error) {
    return error instanceof AppError ? String(error.status) : "threw";
  }
}

describe("assertNotCrossSite", () => {
  it.each([
    ["a cross-origin text/plain POST (what a hostile page can send)", { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" }, "403"],
    ["a cross-origin form POST from an old browser", { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, "403"],
    ["a sibling subdomain", { origin: "https://x.errdoc.test", "sec-fetch-site": "same-site" }, "403"],
    ["a sandboxed frame", { origin: "null", "content-type": "text/plain" }, "403"],
    ["a script without a content type", {}, "415"],
    ["a script sending text/plain", { "content-type": "text/plain" }, "415"],
    ["a JSON call (a browser would need a preflight errdoc never grants)", { "content-type": "application/json" }, "ok"],
    ["a JSON call from errdoc's own page", { "content-type": "application/json", origin: "http://errdoc.test", "sec-fetch-site": "same-origin" }, "ok"],
    ["a same-origin fetch without a body", { origin: "http://errdoc.test", "sec-fetch-site": "same-origin" }, "ok"],
  ])("%s", (_name, headers, expected) => {
    expect(outcome(headers)).toBe(expected);
  });
});
