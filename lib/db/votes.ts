import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import { tickets, votes } from "./schema";

export type VoteValue = 1 | -1;
export type VoteOutcome = "added" | "changed" | "unchanged";

/** The vote whose totals live on the ticket row (feedback_up / feedback_down). */
export const REPORT_TARGET = "report";

/**
 * Records `voter`'s vote on `target` of a ticket: one per voter, a second call changes it.
 * Returns null when the ticket does not exist. The report's totals on the ticket move with it
 * in the same transaction, so they always equal the counts of distinct voters (plus any
 * anonymous counts from before votes were kept).
 */
export function castVote({
  db,
  ticketId,
  target,
  voter,
  value,
  now = new Date(),
}: {
  db: Db;
  ticketId: string;
  target: string;
  voter: string;
  value: VoteValue;
  now?: Date;
}): VoteOutcome | null {
  return db.transaction((tx) => {
    if (!tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, ticketId)).get()) return null;
    const key = and(eq(votes.ticketId, ticketId), eq(votes.target, target), eq(votes.voter, voter));
    const previous = tx.select({ value: votes.value }).from(votes).where(key).get();
    if (previous?.value === value) return "unchanged";
    if (previous) tx.update(votes).set({ value, updatedAt: now }).where(key).run();
    else tx.insert(votes).values({ ticketId, target, voter, value, createdAt: now, updatedAt: now }).run();
    if (target === REPORT_TARGET) {
      const up = (value === 1 ? 1 : 0) - (previous?.value === 1 ? 1 : 0);
      const down = (value === -1 ? 1 : 0) - (previous?.value === -1 ? 1 : 0);
      tx.update(tickets)
        .set({ feedbackUp: sql`${tickets.feedbackUp} + ${up}`, feedbackDown: sql`${tickets.feedbackDown} + ${down}` })
        .where(eq(tickets.id, ticketId))
        .run();
    }
    return previous ? "changed" : "added";
  });
}

/** Per target, how many distinct voters said yes and no. */
export function countVotes({ db, ticketId }: { db: Db; ticketId: string }): Map<string, { up: number; down: number }> {
  const rows = db
    .select({
      target: votes.target,
      up: sql<number>`sum(${votes.value} = 1)`,
      down: sql<number>`sum(${votes.value} = -1)`,
    })
    .from(votes)
    .where(eq(votes.ticketId, ticketId))
    .groupBy(votes.target)
    .all();
  return new Map(rows.map((row) => [row.target, { up: Number(row.up), down: Number(row.down) }]));
}
