/** lib/db/solution-votes.ts on PostgreSQL. */
import { and, eq, like, sql } from "drizzle-orm";
import { solutionTarget, type CategoryFixRate, type GroupSolutionVotes } from "../solution-votes";
import type { VoteOutcome } from "../votes";
import type { PgDb } from "./connect";
import { tickets, votes } from "./schema";

const SOLUTION_PREFIX = "solution:";

/**
 * "This fixed it" on solution `solution` of a ticket: one per voter per ticket, changeable (a
 * vote for another solution of the ticket moves here). The ticket row is locked first so one
 * voter's concurrent clicks cannot leave two solution votes. Null when the ticket does not exist.
 */
export async function castSolutionVote({
  db,
  ticketId,
  solution,
  voter,
  now = new Date(),
}: {
  db: PgDb;
  ticketId: string;
  solution: number;
  voter: string;
  now?: Date;
}): Promise<VoteOutcome | null> {
  const target = solutionTarget(solution);
  return db.transaction(async (tx) => {
    const [ticket] = await tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, ticketId)).for("update");
    if (!ticket) return null;
    const mine = and(eq(votes.ticketId, ticketId), eq(votes.voter, voter), like(votes.target, `${SOLUTION_PREFIX}%`));
    const previous = await tx.select({ target: votes.target, createdAt: votes.createdAt }).from(votes).where(mine);
    if (previous.length === 1 && previous[0]!.target === target) return "unchanged";
    await tx.delete(votes).where(mine);
    await tx.insert(votes).values({ ticketId, target, voter, value: 1, createdAt: previous[0]?.createdAt ?? now, updatedAt: now });
    return previous.length > 0 ? "changed" : "added";
  });
}

/** "Solution 2 fixed it for 7 of 9 people", across the listed tickets of one error group. */
export async function groupSolutionVotes({ db, fingerprint }: { db: PgDb; fingerprint: string }): Promise<GroupSolutionVotes> {
  const scope = sql`FROM ${votes} JOIN ${tickets} ON ${tickets.id} = ${votes.ticketId}
    WHERE ${tickets.fingerprint} = ${fingerprint} AND ${tickets.visibility} = 'listed' AND ${votes.target} LIKE ${`${SOLUTION_PREFIX}%`}`;
  const [{ rows }, { rows: total }] = await Promise.all([
    db.execute<{ target: string; people: number }>(sql`SELECT ${votes.target} AS target, count(DISTINCT ${votes.voter})::int AS people ${scope} GROUP BY ${votes.target}`),
    db.execute<{ people: number }>(sql`SELECT count(DISTINCT ${votes.voter})::int AS people ${scope}`),
  ]);
  const bySolution = new Map<number, number>();
  for (const row of rows) {
    const n = Number(row.target.slice(SOLUTION_PREFIX.length));
    if (Number.isInteger(n) && n > 0) bySolution.set(n, row.people);
  }
  return { voters: total[0]?.people ?? 0, bySolution };
}

/** The voter's current "this fixed it" solution on a ticket, if any. */
export async function votedSolution({ db, ticketId, voter }: { db: PgDb; ticketId: string; voter: string }): Promise<number | null> {
  const [row] = await db
    .select({ target: votes.target })
    .from(votes)
    .where(and(eq(votes.ticketId, ticketId), eq(votes.voter, voter), like(votes.target, `${SOLUTION_PREFIX}%`)))
    .limit(1);
  return row ? Number(row.target.slice(SOLUTION_PREFIX.length)) : null;
}

/**
 * Per category, of the people who answered on a listed ticket (👍/👎 on the report, or a
 * solution that fixed it), how many it fixed it for: a solution vote or a 👍 counts as fixed.
 */
export async function fixRateByCategory({ db }: { db: PgDb }): Promise<CategoryFixRate[]> {
  const { rows } = await db.execute<CategoryFixRate>(sql`
    SELECT ${tickets.category} AS category, count(*)::int AS voters, sum(x.fixed)::int AS fixed FROM (
      SELECT ticket_id, voter, max(CASE WHEN target LIKE ${`${SOLUTION_PREFIX}%`} OR (target = 'report' AND value = 1) THEN 1 ELSE 0 END) AS fixed
      FROM ${votes} GROUP BY ticket_id, voter
    ) x JOIN ${tickets} ON ${tickets.id} = x.ticket_id
    WHERE ${tickets.visibility} = 'listed'
    GROUP BY ${tickets.category} ORDER BY voters DESC, category`);
  return rows.map((row) => ({ category: row.category, voters: row.voters, fixed: row.fixed }));
}
