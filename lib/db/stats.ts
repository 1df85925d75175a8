import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "./client";
import { tickets } from "./schema";

export type Stats = {
  total: number;
  perDay: Array<{ day: string; family: string; count: number }>;
  providers: Array<{ provider: string; count: number }>;
  recurring: Array<{ fingerprint: string; title: string; category: string; count: number; lastId: string }>;
  sources: Array<{ source: string; count: number }>;
  llm: { attempted: number; failed: number };
  feedback: { up: number; down: number };
};

/** Aggregates over listed tickets for /stats; `since` bounds the per-day chart. */
export function readStats({ db, since }: { db: Db; since: Date }): Stats {
  const listed = eq(tickets.visibility, "listed");
  const total = db.select({ n: sql<number>`count(*)` }).from(tickets).where(listed).get()?.n ?? 0;
  const perDay = db
    .select({
      day: sql<string>`strftime('%Y-%m-%d', ${tickets.createdAt} / 1000, 'unixepoch')`.as("day"),
      family: sql<string>`substr(${tickets.category}, 1, instr(${tickets.category} || '.', '.') - 1)`.as("family"),
      count: sql<number>`count(*)`,
    })
    .from(tickets)
    .where(and(listed, gte(tickets.createdAt, since)))
    .groupBy(sql`day`, sql`family`)
    .orderBy(sql`day`)
    .all();
  const providers = db
    .select({ provider: sql<string>`${tickets.provider}`, count: sql<number>`count(*)` })
    .from(tickets)
    .where(and(listed, sql`${tickets.provider} IS NOT NULL`))
    .groupBy(tickets.provider)
    .orderBy(sql`count(*) DESC`)
    .limit(10)
    .all();
  const recurring = db
    .select({
      fingerprint: tickets.fingerprint,
      count: sql<number>`count(*)`,
      // SQLite returns the bare columns from the row holding max(): the latest occurrence.
      lastAt: sql<number>`max(${tickets.createdAt})`,
      title: tickets.title,
      category: tickets.category,
      lastId: tickets.id,
    })
    .from(tickets)
    .where(listed)
    .groupBy(tickets.fingerprint)
    .having(sql`count(*) > 1`)
    .orderBy(sql`count(*) DESC`, sql`max(${tickets.createdAt}) DESC`)
    .limit(10)
    .all()
    .map(({ lastAt: _lastAt, ...row }) => row);
  const sources = db
    .select({ source: tickets.reportSource, count: sql<number>`count(*)` })
    .from(tickets)
    .where(listed)
    .groupBy(tickets.reportSource)
    .all();
  const llm =
    db
      .select({
        attempted: sql<number>`count(*)`,
        failed: sql<number>`coalesce(sum(${tickets.status} = 'failed'), 0)`,
      })
      .from(tickets)
      .where(and(listed, eq(tickets.wantsLlm, true)))
      .get() ?? { attempted: 0, failed: 0 };
  const feedback =
    db
      .select({ up: sql<number>`coalesce(sum(${tickets.feedbackUp}), 0)`, down: sql<number>`coalesce(sum(${tickets.feedbackDown}), 0)` })
      .from(tickets)
      .where(listed)
      .get() ?? { up: 0, down: 0 };
  return { total, perDay, providers, recurring, sources, llm, feedback };
}
