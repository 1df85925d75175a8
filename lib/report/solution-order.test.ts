import { describe, expect, it } from "vitest";
import { orderSolutions, votedSolutions } from "./solution-order";

describe("orderSolutions", () => {
  it("keeps the report's order when nobody voted", () => {
    expect(orderSolutions(4, new Map())).toEqual([1, 2, 3, 4]);
  });
  it("puts voted solutions first, most votes first, and keeps ties stable", () => {
    expect(orderSolutions(5, new Map([[4, 2], [2, 7], [5, 2]]))).toEqual([2, 4, 5, 1, 3]);
  });
  it("ignores votes for solutions this report does not have", () => {
    expect(orderSolutions(2, new Map([[3, 9]]))).toEqual([1, 2]);
  });
});

describe("votedSolutions", () => {
  it("lists only the solutions that fixed it for someone", () => {
    expect(votedSolutions(3, new Map([[3, 1], [2, 7]]))).toEqual([
      { solution: 2, people: 7 },
      { solution: 3, people: 1 },
    ]);
  });
});
