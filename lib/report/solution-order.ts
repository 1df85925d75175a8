/**
 * Solution numbers (1-based) in the order a report shows them: those with "this fixed it"
 * votes in the error's group first, most votes first; ties and unvoted ones keep the report's
 * own order. The numbers themselves never change, so "Solution 2" stays solution 2.
 */
export function orderSolutions(count: number, bySolution: ReadonlyMap<number, number>): number[] {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  // Array.prototype.sort is stable.
  return numbers.sort((a, b) => (bySolution.get(b) ?? 0) - (bySolution.get(a) ?? 0));
}

/** The solutions that fixed it for someone, most people first, for "fixed it for 7 of 9". */
export function votedSolutions(count: number, bySolution: ReadonlyMap<number, number>): { solution: number; people: number }[] {
  return orderSolutions(count, bySolution)
    .map((solution) => ({ solution, people: bySolution.get(solution) ?? 0 }))
    .filter((row) => row.people > 0);
}
