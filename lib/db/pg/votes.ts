/** lib/db/votes.ts on PostgreSQL. */
import { and, eq, sql } from "drizzle-orm";
import { REPORT_TARGET, type VoteOutcome, type VoteValue } from "../votes";
import type { PgDb } from "./connect";
import { tickets, votes } from "./schema";

/**
 * Records `voter`'s vote on `target` of a ticket (one per voter, a second call changes it);
 * null when the ticket does not exist. The ticket row is locked first (FOR UPDATE), so votes on
 * one ticket run one at a time as they do on SQLite: two requests of the same voter never both
 * insert, and the totals on the ticket move with the votes.
 */
export async function castVote({
  db,
  ticketId,
  target,
  voter,
  value,
  now = new Date(),
}: {
  db: PgDb;
  ticketId: string;
  target: string;
  voter: string;
  value: VoteValue;
  now?: Date;
}): Promise<VoteOutcome | null> {
  return db.transaction(async (tx) => {
    const [ticket] = await tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, ticketId)).for("update");
    if (!ticket) return null;
    const key = and(eq(votes.ticketId, ticketId), eq(votes.target, target), eq(votes.voter, voter));
    const [previous] = await tx.select({ value: votes.value }).from(votes).where(key);
    if (previous?.value === value) return "unchanged";
    if (previous) await tx.update(votes).set({ value, updatedAt: now }).where(key);
    else await tx.insert(votes).values({ ticketId, target, voter, value, createdAt: now, updatedAt: now });
    if (target === REPORT_TARGET) {
      const up = (value === 1 ? 1 : 0) - (previous?.value === 1 ? 1 : 0);
      const down = (value === -1 ? 1 : 0) - (previous?.value === -1 ? 1 : 0);
      await tx
        .update(tickets)
        .set({ feedbackUp: sql`${tickets.feedbackUp} + ${up}`, feedbackDown: sql`${tickets.feedbackDown} + ${down}` })
        .where(eq(tickets.id, ticketId));
    }
    return previous ? "changed" : "added";
  });
}

/** Per target, how many distinct voters said yes and no. */
export async function countVotes({ db, ticketId }: { db: PgDb; ticketId: string }): Promise<Map<string, { up: number; down: number }>> {
  const rows = await db
    .select({
      target: votes.target,
      up: sql<number>`count(*) FILTER (WHERE ${votes.value} = 1)::int`,
      down: sql<number>`count(*) FILTER (WHERE ${votes.value} = -1)::int`,
    })
    .from(votes)
    .where(eq(votes.ticketId, ticketId))
    .groupBy(votes.target);
  return new Map(rows.map((row) => [row.target, { up: row.up, down: row.down }]));
}
