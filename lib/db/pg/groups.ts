/**
 * lib/db/groups.ts on PostgreSQL: the grouped history, the sparklines and the group page's
 * overview, with SQLite's query strategies, results, `partial` and cursors.
 *  - unfiltered pages read ticket_groups (drizzle/postgres/0002, kept by 0003's triggers);
 *  - filtered pages group the filtered tickets, then take each group's latest ticket at its
 *    known newest time;
 *  - a search groups only its newest SEARCH_GROUP_WINDOW matches and says `partial` when
 *    there were more;
 *  - dailyGroupCounts and groupOverview read ticket_group_days and ticket_groups.
 */
import { inArray, sql, type SQL } from "drizzle-orm";
import { SEARCH_GROUP_WINDOW, type FacetCount, type GroupOverview, type TicketGroup, type TicketGroupPage } from "../groups";
import type { Ticket } from "../schema";
import { encodeCursor, type TicketCursor, type TicketFilters } from "../tickets";
import type { PgDb } from "./connect";
import { tickets } from "./schema";
import { buildPgTsQuery } from "./search-query";
import { epochMs, filtersOn, timestampParam, type PgListArgs } from "./tickets";

type GroupRow = { fingerprint: string; count: number; firstAt: number; lastAt: number };
type GroupCursor = Extract<TicketCursor, { kind: "group-time" }>;

const isUnfiltered = (filters: TicketFilters) => Object.values(filters).every((value) => value == null || value === "");

const all = (conditions: SQL[]) => sql.join(conditions, sql` AND `);

/** HAVING for a grouped keyset page: groups strictly after the cursor's (lastAt, fingerprint). */
function havingAfter(alias: string, cursor: GroupCursor | null): SQL {
  if (!cursor) return sql``;
  const lastAt = sql.raw(`max(${alias}.created_at)`);
  const at = timestampParam(cursor.lastAt);
  return sql`HAVING ${lastAt} < ${at} OR (${lastAt} = ${at} AND ${sql.raw(`${alias}.fingerprint`)} < ${cursor.id})`;
}

/**
 * One row per error group, a keyset page at a time: the group whose latest matching ticket is
 * newest first, with or without a search. Unlisted tickets never count.
 */
export async function listTicketGroups({ db, query, filters = {}, cursor, limit }: PgListArgs): Promise<TicketGroupPage> {
  const tsquery = query ? buildPgTsQuery(query) : null;
  if (query && !tsquery) return { items: [], nextCursor: null };
  const groupCursor = cursor?.kind === "group-time" ? cursor : null;
  let partial = false;
  let rows: GroupRow[];
  let latest: Map<string, Ticket>;
  if (tsquery) {
    const found = await searchGroups(db, tsquery, filters, groupCursor, limit);
    rows = found.rows;
    partial = found.partial;
    latest = await latestTickets(db, filters, rows.slice(0, limit).map((row) => row.fingerprint));
  } else if (isUnfiltered(filters)) {
    const summary = await summaryGroups(db, groupCursor, limit);
    rows = summary;
    latest = await ticketsById(db, summary.slice(0, limit).map((row) => row.latestId));
  } else {
    rows = await newestGroups(db, filters, groupCursor, limit);
    latest = await ticketsAt(db, filters, rows.slice(0, limit));
  }
  const page = rows.slice(0, limit);
  const items = page.flatMap((row): TicketGroup[] => {
    const ticket = latest.get(row.fingerprint);
    return ticket
      ? [{ fingerprint: row.fingerprint, count: Number(row.count), firstAt: new Date(Number(row.firstAt)), lastAt: new Date(Number(row.lastAt)), latest: ticket }]
      : [];
  });
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ kind: "group-time", lastAt: Number(last.lastAt), id: last.fingerprint }) : null;
  return partial ? { items, nextCursor, partial } : { items, nextCursor };
}

/** Unfiltered pages: ticket_groups newest first, a backward walk of ticket_groups_last_idx. */
async function summaryGroups(db: PgDb, cursor: GroupCursor | null, limit: number): Promise<Array<GroupRow & { latestId: string }>> {
  const after = cursor ? sql`WHERE (last_at, fingerprint) < (${timestampParam(cursor.lastAt)}, ${cursor.id})` : sql``;
  const { rows } = await db.execute<GroupRow & { latestId: string }>(sql`
    SELECT fingerprint, listed_count AS count, ${epochMs(sql`first_at`)} AS "firstAt", ${epochMs(sql`last_at`)} AS "lastAt", latest_id AS "latestId"
    FROM ticket_groups ${after}
    ORDER BY last_at DESC, fingerprint DESC
    LIMIT ${limit + 1}`);
  return rows;
}

/** Filtered pages: the filtered listed tickets grouped (tickets_category_idx, tickets_provider_idx, tickets_group_idx). */
async function newestGroups(db: PgDb, filters: TicketFilters, cursor: GroupCursor | null, limit: number): Promise<GroupRow[]> {
  const { rows } = await db.execute<GroupRow>(sql`
    SELECT t.fingerprint, count(*)::int AS count, ${epochMs(sql`min(t.created_at)`)} AS "firstAt", ${epochMs(sql`max(t.created_at)`)} AS "lastAt"
    FROM tickets t
    WHERE ${all(filtersOn("t", filters))}
    GROUP BY t.fingerprint ${havingAfter("t", cursor)}
    ORDER BY max(t.created_at) DESC, t.fingerprint DESC
    LIMIT ${limit + 1}`);
  return rows;
}

/** The tickets at each group's known newest time that pass the filters (ties: the larger id), by tickets_group_idx. */
async function ticketsAt(db: PgDb, filters: TicketFilters, rows: GroupRow[]): Promise<Map<string, Ticket>> {
  if (rows.length === 0) return new Map();
  const at = sql.join(
    rows.map((row) => sql`(${row.fingerprint}, ${timestampParam(Number(row.lastAt))})`),
    sql`, `,
  );
  const { rows: ids } = await db.execute<{ id: string }>(sql`
    SELECT DISTINCT ON (t.fingerprint) t.id FROM tickets t
    WHERE ${all(filtersOn("t", filters))} AND (t.fingerprint, t.created_at) IN (${at})
    ORDER BY t.fingerprint, t.id DESC`);
  return ticketsById(db, ids.map((row) => row.id));
}

/**
 * Matching groups page newest first like the unsearched list (see lib/db/groups.ts on why not
 * by rank), with SQLite's window semantics: the page's groups are those with a match that
 * passes the filters among the newest SEARCH_GROUP_WINDOW matches (listed or not; SQLite's
 * window is the FTS index's last rowids, here newest is (created_at, id), the same order for
 * tickets written as they are pasted), and `partial` says there were more matches. Each listed
 * group's count and first time cover all its filtered matches, as SQLite's recount does.
 *
 * SQLite reads the window, then recounts the page's groups. Here one pass over the matches
 * does both: a GIN bitmap scan of ticket_search (which carries the filter columns) reads every
 * match once anyway (its phrase check needs the row), and for a broad search the page's groups
 * hold most matches (“令牌” at 100k: 11,451 of 12,064 in the first page's 3 groups), so a
 * second scan for the recount cost as much as the first. The window's last match (the
 * SEARCH_GROUP_WINDOW-th newest) is the boundary a group's newest filtered match must reach.
 * Both CTEs are MATERIALIZED: computed once. Inlined, `b` could be re-sorted for every match
 * when the planner under-estimates a phrase (2 rows estimated for 4,796 “无效的令牌” matches:
 * ~100 ms instead of 13).
 */
async function searchGroups(
  db: PgDb,
  tsquery: string,
  filters: TicketFilters,
  cursor: GroupCursor | null,
  limit: number,
): Promise<{ rows: GroupRow[]; partial: boolean }> {
  const { rows: found } = await db.execute<{ matches: number } & { [K in keyof GroupRow]: GroupRow[K] | null }>(sql`
    WITH m AS MATERIALIZED (
      SELECT s.ticket_id, s.fingerprint, s.created_at, (${all(filtersOn("s", filters))}) AS passes
      FROM ticket_search s
      WHERE s.body @@ to_tsquery('simple', ${tsquery})
    ), b AS MATERIALIZED (
      SELECT created_at, ticket_id FROM m ORDER BY created_at DESC, ticket_id DESC OFFSET ${SEARCH_GROUP_WINDOW - 1} LIMIT 1
    ), g AS (
      SELECT m.fingerprint, count(*)::int AS count, min(m.created_at) AS first_at, max(m.created_at) AS last_at
      FROM m LEFT JOIN b ON true
      WHERE m.passes
      GROUP BY m.fingerprint
      HAVING bool_or(b.ticket_id IS NULL OR (m.created_at, m.ticket_id) >= (b.created_at, b.ticket_id))
        ${cursor ? sql`AND (max(m.created_at), m.fingerprint) < (${timestampParam(cursor.lastAt)}, ${cursor.id})` : sql``}
      ORDER BY max(m.created_at) DESC, m.fingerprint DESC
      LIMIT ${limit + 1}
    )
    SELECT g.fingerprint, g.count, ${epochMs(sql`g.first_at`)} AS "firstAt", ${epochMs(sql`g.last_at`)} AS "lastAt", w.n AS matches
    FROM (SELECT count(*)::int AS n FROM m) w LEFT JOIN g ON true
    ORDER BY g.last_at DESC, g.fingerprint DESC`);
  const partial = (found[0]?.matches ?? 0) >= SEARCH_GROUP_WINDOW;
  return { rows: found.filter((row): row is typeof row & GroupRow => row.fingerprint !== null), partial };
}

async function ticketsById(db: PgDb, ids: string[]): Promise<Map<string, Ticket>> {
  const rows = ids.length > 0 ? await db.select().from(tickets).where(inArray(tickets.id, ids)) : [];
  return new Map(rows.map((ticket) => [ticket.fingerprint, ticket]));
}

/**
 * Each fingerprint's newest listed ticket that passes the filters (ties: the larger id); a
 * search's groups show it whether or not it matched, as on SQLite. Without filters that is
 * ticket_groups.latest_id; with filters, one backward step of an index per group.
 */
async function latestTickets(db: PgDb, filters: TicketFilters, fingerprints: string[]): Promise<Map<string, Ticket>> {
  if (fingerprints.length === 0) return new Map();
  const { rows: ids } = isUnfiltered(filters)
    ? await db.execute<{ id: string }>(sql`SELECT latest_id AS id FROM ticket_groups WHERE ${inArray(sql.raw("fingerprint"), fingerprints)}`)
    : await db.execute<{ id: string }>(sql`
      SELECT l.id FROM unnest(${sql.param(fingerprints)}::text[]) AS g(fingerprint)
      CROSS JOIN LATERAL (
        SELECT t.id FROM tickets t WHERE t.fingerprint = g.fingerprint AND ${all(filtersOn("t", filters))}
        ORDER BY t.created_at DESC, t.id DESC LIMIT 1
      ) l`);
  return ticketsById(db, ids.map((row) => row.id));
}

const DAY_MS = 86_400_000;

/**
 * Listed tickets per UTC day for each fingerprint over the `days` days ending with `now`'s day,
 * oldest first: at most `days` rows a group of ticket_group_days, by primary key.
 */
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
    SELECT fingerprint, day, listed_count AS count FROM ticket_group_days
    WHERE ${inArray(sql.raw("fingerprint"), [...new Set(fingerprints)])} AND day >= ${first} AND day <= ${today}`);
  for (const row of rows) {
    const series = result.get(row.fingerprint);
    const index = Number(row.day) - first;
    if (series && index >= 0 && index < days) series[index] = Number(row.count);
  }
  return result;
}

/**
 * A group's overview among listed tickets, or null when it has none: ticket_groups and
 * ticket_group_days by primary key, and the two facets from tickets_group_facets_idx
 * (fingerprint, visibility, provider, language), in parallel.
 */
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
  const facet = <T>(column: "provider" | "language") =>
    db.execute<FacetCount<T>>(sql`
      SELECT ${sql.raw(column)} AS value, count(*)::int AS count FROM tickets
      WHERE fingerprint = ${fingerprint} AND visibility = 'listed'
      GROUP BY ${sql.raw(column)} ORDER BY count DESC, ${sql.raw(column)} NULLS FIRST`);
  const [summary, providers, languages, daily] = await Promise.all([
    db.execute<{ count: number; firstAt: number; lastAt: number; latestId: string }>(sql`
      SELECT listed_count AS count, ${epochMs(sql`first_at`)} AS "firstAt", ${epochMs(sql`last_at`)} AS "lastAt", latest_id AS "latestId"
      FROM ticket_groups WHERE fingerprint = ${fingerprint}`),
    facet<string | null>("provider"),
    facet<Ticket["language"]>("language"),
    dailyGroupCounts({ db, fingerprints: [fingerprint], days, now }),
  ]);
  const row = summary.rows[0];
  if (!row) return null;
  return {
    count: Number(row.count),
    firstAt: new Date(Number(row.firstAt)),
    lastAt: new Date(Number(row.lastAt)),
    latestId: row.latestId,
    daily: daily.get(fingerprint) ?? [],
    firstDay: Math.floor(now.getTime() / DAY_MS) - days + 1,
    providers: providers.rows,
    languages: languages.rows,
  };
}
