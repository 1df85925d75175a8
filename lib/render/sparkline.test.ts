import { describe, expect, it } from "vitest";
import { sparklinePoints } from "./sparkline";

describe("sparklinePoints", () => {
  it("spans the width, puts the peak at the top and zeros on the baseline", () => {
    expect(sparklinePoints([0, 2, 1], 22, 12)).toBe("1,11 11,1 21,6");
  });
  it("is a flat baseline when nothing happened, and empty for no values", () => {
    expect(sparklinePoints([0, 0], 10, 10)).toBe("1,9 9,9");
    expect(sparklinePoints([], 10, 10)).toBe("");
  });
});
