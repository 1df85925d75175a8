import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("allows the limit per window per key, then says how long to wait", () => {
    const limiter = new RateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([limiter.hit("a", t0), limiter.hit("a", t0 + 1), limiter.hit("a", t0 + 2)]).toEqual([null, null, null]);
    expect(limiter.hit("a", t0 + 10_000)).toBe(50);
    expect(limiter.hit("b", t0 + 10_000)).toBeNull();
    expect(limiter.hit("a", t0 + 60_000)).toBeNull();
  });

  it("is off at 0", () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(limiter.hit("a")).toBeNull();
  });
});
