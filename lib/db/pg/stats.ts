/** lib/db/stats.ts on PostgreSQL. */
import { and, eq, gte, sql } from "drizzle-orm";
import type { Stats } from "../stats";
import type { PgDb } from "./connect";
import { tickets } from "./schema";

/** Aggregates over listed tickets for /stats; `since` bounds the per-day chart. */
export async function readStats({ db, since }: { db: PgDb; since: Date }): Promise<Stats> {
  const listed = eq(tickets.visibility, "listed");
  const [totalRows, perDay, providers, recurring, sources, llmRows, feedbackRows] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(tickets).where(listed),
    db
      .select({
        day: sql<string>`to_char(${tickets.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`.as("day"),
        family: sql<string>`split_part(${tickets.category}, '.', 1)`.as("family"),
        count: sql<number>`count(*)::int`,
      })
      .from(tickets)
      .where(and(listed, gte(tickets.createdAt, since)))
      .groupBy(sql`1`, sql`2`)
      .orderBy(sql`1`, sql`2`),
    db
      .select({ provider: sql<string>`${tickets.provider}`, count: sql<number>`count(*)::int` })
      .from(tickets)
      .where(and(listed, sql`${tickets.provider} IS NOT NULL`))
      .groupBy(tickets.provider)
      .orderBy(sql`count(*) DESC`, tickets.provider)
      .limit(10),
    // The ten most repeated errors, each with its latest occurrence's title, category and id.
    db.execute<Stats["recurring"][number]>(sql`
      SELECT g.fingerprint, g.count, l.title, l.category, l.id AS "lastId" FROM (
        SELECT ${tickets.fingerprint} AS fingerprint, count(*)::int AS count, max(${tickets.createdAt}) AS last_at
        FROM ${tickets} WHERE ${listed}
        GROUP BY ${tickets.fingerprint} HAVING count(*) > 1
        ORDER BY count(*) DESC, max(${tickets.createdAt}) DESC, ${tickets.fingerprint}
        LIMIT 10
      ) g CROSS JOIN LATERAL (
        SELECT t.title, t.category, t.id FROM ${tickets} t
        WHERE t.fingerprint = g.fingerprint AND t.visibility = 'listed'
        ORDER BY t.created_at DESC, t.id DESC LIMIT 1
      ) l
      ORDER BY g.count DESC, g.last_at DESC, g.fingerprint`),
    db
      .select({ source: tickets.reportSource, count: sql<number>`count(*)::int` })
      .from(tickets)
      .where(listed)
      .groupBy(tickets.reportSource)
      .orderBy(tickets.reportSource),
    db
      .select({
        attempted: sql<number>`count(*)::int`,
        failed: sql<number>`count(*) FILTER (WHERE ${tickets.status} = 'failed')::int`,
      })
      .from(tickets)
      .where(and(listed, eq(tickets.wantsLlm, true))),
    db
      .select({ up: sql<number>`coalesce(sum(${tickets.feedbackUp}), 0)::int`, down: sql<number>`coalesce(sum(${tickets.feedbackDown}), 0)::int` })
      .from(tickets)
      .where(listed),
  ]);
  return {
    total: totalRows[0]?.n ?? 0,
    perDay,
    providers,
    recurring: recurring.rows.map((row) => ({ fingerprint: row.fingerprint, title: row.title, category: row.category, count: row.count, lastId: row.lastId })),
    sources,
    llm: llmRows[0] ?? { attempted: 0, failed: 0 },
    feedback: feedbackRows[0] ?? { up: 0, down: 0 },
  };
}
