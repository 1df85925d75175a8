/** lib/db/groups.ts on PostgreSQL: the "seen N times" groups and their sparklines. */
import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { GroupOverview, TicketGroup, TicketGroupPage } from "../groups";
import type { Ticket } from "../schema";
import { encodeCursor, type TicketCursor, type TicketFilters } from "../tickets";
import type { PgDb } from "./connect";
import { tickets } from "./schema";
import { buildPgTsQuery } from "./search-query";
import { epochMs, matchingTickets, pgFilterConditions, timestampParam, type PgListArgs } from "./tickets";

type GroupRow = { fingerprint: string; count: number; firstAt: number; lastAt: number };

/**
 * One row per error group, newest latest-ticket first, a keyset page on (lastAt, fingerprint)
 * at a time, with or without a search; unlisted tickets never count.
 */
export async function listTicketGroups({ db, query, filters = {}, cursor, limit }: PgListArgs): Promise<TicketGroupPage> {
  const tsquery = query ? buildPgTsQuery(query) : null;
  if (query && !tsquery) return { items: [], nextCursor: null };
  const rows = await groupRows(db, tsquery, filters, cursor, limit);
  const page = rows.slice(0, limit);
  const latest = await latestTickets(db, filters, page.map((row) => row.fingerprint));
  const items = page.flatMap((row): TicketGroup[] => {
    const ticket = latest.get(row.fingerprint);
    return ticket ? [{ fingerprint: row.fingerprint, count: row.count, firstAt: new Date(row.firstAt), lastAt: new Date(row.lastAt), latest: ticket }] : [];
  });
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ kind: "group-time", lastAt: last.lastAt, id: last.fingerprint }) : null;
  return { items, nextCursor };
}

async function groupRows(db: PgDb, tsquery: string | null, filters: TicketFilters, cursor: TicketCursor | null, limit: number): Promise<GroupRow[]> {
  const lastAt = sql`max(${tickets.createdAt})`;
  const having: SQL =
    cursor?.kind === "group-time"
      ? sql`HAVING ${lastAt} < ${timestampParam(cursor.lastAt)} OR (${lastAt} = ${timestampParam(cursor.lastAt)} AND ${tickets.fingerprint} < ${cursor.id})`
      : sql``;
  const conditions = pgFilterConditions(filters);
  if (tsquery) conditions.push(sql`s.body @@ q.q`);
  const { rows } = await db.execute<GroupRow>(sql`
    SELECT ${tickets.fingerprint} AS fingerprint, count(*)::int AS count,
      ${epochMs(sql`min(${tickets.createdAt})`)} AS "firstAt", ${epochMs(lastAt)} AS "lastAt"
    FROM ${tsquery ? matchingTickets(tsquery) : tickets}
    WHERE ${and(...conditions)}
    GROUP BY ${tickets.fingerprint} ${having}
    ORDER BY ${lastAt} DESC, ${tickets.fingerprint} DESC
    LIMIT ${limit + 1}`);
  return rows;
}

/** Each fingerprint's newest listed ticket that matches the filters. */
async function latestTickets(db: PgDb, filters: TicketFilters, fingerprints: string[]) {
  if (fingerprints.length === 0) return new Map<string, TicketGroup["latest"]>();
  const rows = await db
    .selectDistinctOn([tickets.fingerprint])
    .from(tickets)
    .where(and(...pgFilterConditions(filters), inArray(tickets.fingerprint, fingerprints)))
    .orderBy(tickets.fingerprint, sql`${tickets.createdAt} DESC`, sql`${tickets.id} DESC`);
  return new Map(rows.map((ticket) => [ticket.fingerprint, ticket]));
}

const DAY_MS = 86_400_000;

/** Listed tickets per UTC day for each fingerprint over the `days` days ending with `now`'s day, oldest first. */
export async function dailyGroupCounts({
  db,
  fingerprints,
  days = 30,
  now = new Date(),
}: {
  db: PgDb;
  fingerprints: string[];
  days?: number;
  now?: Date;
}): Promise<Map<string, number[]>> {
  const result = new Map(fingerprints.map((fingerprint) => [fingerprint, Array.from({ length: days }, () => 0)]));
  if (fingerprints.length === 0) return result;
  const today = Math.floor(now.getTime() / DAY_MS);
  const first = today - days + 1;
  const { rows } = await db.execute<{ fingerprint: string; day: number; count: number }>(sql`
    SELECT ${tickets.fingerprint} AS fingerprint, floor(extract(epoch from ${tickets.createdAt}) / 86400)::int AS day, count(*)::int AS count
    FROM ${tickets}
    WHERE ${inArray(tickets.fingerprint, [...new Set(fingerprints)])} AND ${tickets.visibility} = 'listed'
      AND ${tickets.createdAt} >= ${timestampParam(first * DAY_MS)} AND ${tickets.createdAt} < ${timestampParam((today + 1) * DAY_MS)}
    GROUP BY 1, 2`);
  for (const row of rows) {
    const series = result.get(row.fingerprint);
    const index = row.day - first;
    if (series && index >= 0 && index < days) series[index] = row.count;
  }
  return result;
}

/** lib/db/groups.ts's groupOverview on PostgreSQL: the group page's totals, days chart, providers and languages. */
export async function groupOverview({
  db,
  fingerprint,
  days = 30,
  now = new Date(),
}: {
  db: PgDb;
  fingerprint: string;
  days?: number;
  now?: Date;
}): Promise<GroupOverview | null> {
  const listed = sql`${tickets.fingerprint} = ${fingerprint} AND ${tickets.visibility} = 'listed'`;
  const [summary, providers, languages, daily] = await Promise.all([
    db.execute<{ count: number; firstAt: number; lastAt: number; latestId: string }>(sql`
      SELECT count(*)::int AS count, ${epochMs(sql`min(${tickets.createdAt})`)} AS "firstAt", ${epochMs(sql`max(${tickets.createdAt})`)} AS "lastAt",
        (SELECT id FROM ${tickets} WHERE ${listed} ORDER BY created_at DESC, id DESC LIMIT 1) AS "latestId"
      FROM ${tickets} WHERE ${listed}`),
    db.execute<{ value: string | null; count: number }>(sql`
      SELECT provider AS value, count(*)::int AS count FROM ${tickets} WHERE ${listed} GROUP BY provider ORDER BY count DESC, provider NULLS FIRST`),
    db.execute<{ value: Ticket["language"]; count: number }>(sql`
      SELECT language AS value, count(*)::int AS count FROM ${tickets} WHERE ${listed} GROUP BY language ORDER BY count DESC, language`),
    dailyGroupCounts({ db, fingerprints: [fingerprint], days, now }),
  ]);
  const row = summary.rows[0];
  if (!row || row.count === 0) return null;
  return {
    count: row.count,
    firstAt: new Date(Number(row.firstAt)),
    lastAt: new Date(Number(row.lastAt)),
    latestId: row.latestId,
    daily: daily.get(fingerprint) ?? [],
    firstDay: Math.floor(now.getTime() / DAY_MS) - days + 1,
    providers: providers.rows,
    languages: languages.rows,
  };
}
