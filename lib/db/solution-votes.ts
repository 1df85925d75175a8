import { and, eq, like, sql } from "drizzle-orm";
import type { Db } from "./client";
import { tickets, votes } from "./schema";
import type { VoteOutcome } from "./votes";

const SOLUTION_PREFIX = "solution:";

/** The votes-table target of "this fixed it" on solution `n` (1-based, as the report numbers them). */
export function solutionTarget(n: number): string {
  return `${SOLUTION_PREFIX}${n}`;
}

/**
 * "This fixed it" on solution `solution` of a ticket: one per voter per ticket, changeable.
 * A voter's vote for another solution of the same ticket moves here (the votes table keys on
 * the target too, so the rule is kept by this transaction). Null when the ticket does not exist.
 */
export function castSolutionVote({
  db,
  ticketId,
  solution,
  voter,
  now = new Date(),
}: {
  db: Db;
  ticketId: string;
  solution: number;
  voter: string;
  now?: Date;
}): VoteOutcome | null {
  const target = solutionTarget(solution);
  return db.transaction((tx) => {
    if (!tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, ticketId)).get()) return null;
    const mine = and(eq(votes.ticketId, ticketId), eq(votes.voter, voter), like(votes.target, `${SOLUTION_PREFIX}%`));
    const previous = tx.select({ target: votes.target, createdAt: votes.createdAt }).from(votes).where(mine).all();
    if (previous.length === 1 && previous[0]!.target === target) return "unchanged";
    tx.delete(votes).where(mine).run();
    tx.insert(votes)
      .values({ ticketId, target, voter, value: 1, createdAt: previous[0]?.createdAt ?? now, updatedAt: now })
      .run();
    return previous.length > 0 ? "changed" : "added";
  });
}

export type GroupSolutionVotes = {
  /** Distinct people who said which solution fixed it, on any listed ticket of the group. */
  voters: number;
  /** Solution number (1-based) → distinct people it fixed it for. */
  bySolution: Map<number, number>;
};

/** "Solution 2 fixed it for 7 of 9 people", across the listed tickets of one error group. */
export function groupSolutionVotes({ db, fingerprint }: { db: Db; fingerprint: string }): GroupSolutionVotes {
  const scope = sql`FROM votes v JOIN tickets t ON t.id = v.ticket_id
    WHERE t.fingerprint = ${fingerprint} AND t.visibility = 'listed' AND v.target LIKE ${`${SOLUTION_PREFIX}%`}`;
  const rows = db.all<{ target: string; people: number }>(sql`SELECT v.target AS target, count(DISTINCT v.voter) AS people ${scope} GROUP BY v.target`);
  const total = db.get<{ people: number }>(sql`SELECT count(DISTINCT v.voter) AS people ${scope}`);
  const bySolution = new Map<number, number>();
  for (const row of rows) {
    const n = Number(row.target.slice(SOLUTION_PREFIX.length));
    if (Number.isInteger(n) && n > 0) bySolution.set(n, Number(row.people));
  }
  return { voters: Number(total?.people ?? 0), bySolution };
}

/** The voter's current "this fixed it" solution on a ticket, if any. */
export function votedSolution({ db, ticketId, voter }: { db: Db; ticketId: string; voter: string }): number | null {
  const row = db
    .select({ target: votes.target })
    .from(votes)
    .where(and(eq(votes.ticketId, ticketId), eq(votes.voter, voter), like(votes.target, `${SOLUTION_PREFIX}%`)))
    .get();
  return row ? Number(row.target.slice(SOLUTION_PREFIX.length)) : null;
}

export type CategoryFixRate = { category: string; voters: number; fixed: number };

/**
 * Per category, of the people who answered on a listed ticket (👍/👎 on the report, or a
 * solution that fixed it), how many it fixed it for: a solution vote or a 👍 counts as fixed.
 */
export function fixRateByCategory({ db }: { db: Db }): CategoryFixRate[] {
  return db
    .all<CategoryFixRate>(
      sql`SELECT t.category AS category, count(*) AS voters, sum(x.fixed) AS fixed FROM (
        SELECT ticket_id, voter, max(target LIKE ${`${SOLUTION_PREFIX}%`} OR (target = 'report' AND value = 1)) AS fixed
        FROM votes GROUP BY ticket_id, voter
      ) x JOIN tickets t ON t.id = x.ticket_id
      WHERE t.visibility = 'listed'
      GROUP BY t.category ORDER BY voters DESC, category`,
    )
    .map((row) => ({ category: row.category, voters: Number(row.voters), fixed: Number(row.fixed) }));
}
