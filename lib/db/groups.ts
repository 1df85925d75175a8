import { inArray, sql, type SQL } from "drizzle-orm";
import { buildMatchQuery } from "@/lib/search/search-text";
import type { Db } from "./client";
import { tickets, type Ticket } from "./schema";
import { encodeCursor, filterConditions, searchFilterColumns, type ListArgs, type TicketCursor, type TicketFilters } from "./tickets";

/** One error (fingerprint) among listed tickets that match the filters (and search). */
export type TicketGroup = {
  fingerprint: string;
  /** Listed tickets of this error that match the filters and the search. */
  count: number;
  firstAt: Date;
  lastAt: Date;
  /** The newest listed ticket of the group that matches the filters: its title, status, link. */
  latest: Ticket;
};

export type TicketGroupPage = {
  items: TicketGroup[];
  nextCursor: string | null;
  /** A search matched more tickets than SEARCH_GROUP_WINDOW: groups seen only in older matches are left out. */
  partial?: boolean;
};

type GroupRow = { fingerprint: string; count: number; firstAt: number; lastAt: number };

/**
 * A grouped search looks at this many of its newest matches (by rowid, which follows
 * created_at: tickets are written as they are pasted) to find and order its groups, so a broad
 * search (“error”, “令牌”: tens of thousands of matches) costs the same as a narrow one. Each
 * listed group's count still covers all its matches. A group whose matches are all older than
 * the newest SEARCH_GROUP_WINDOW is not listed (`partial` says when that can happen).
 */
export const SEARCH_GROUP_WINDOW = 2000;

/**
 * One row per error group, a keyset page at a time: the group whose latest matching ticket is
 * newest first, with or without a search. Unlisted tickets never count
 * (filterConditions always requires `listed`). Without a search or filters the page is read
 * from ticket_groups (drizzle/0005, kept by triggers); with filters, from tickets_group_idx;
 * with a search, from the newest matches' ticket_search_filters rows.
 */
export function listTicketGroups({ db, query, filters = {}, cursor, limit }: ListArgs): TicketGroupPage {
  const match = query ? buildMatchQuery(query) : null;
  if (query && !match) return { items: [], nextCursor: null };
  const groupCursor = cursor?.kind === "group-time" ? cursor : null;
  const unfiltered = Object.values(filters).every((value) => value == null || value === "");
  let partial = false;
  let rows: GroupRow[];
  let latest: Map<string, Ticket>;
  if (match) {
    const found = searchGroups(db, match, filters, groupCursor, limit);
    rows = found.rows;
    partial = found.partial;
    latest = latestTickets(db, filters, rows.slice(0, limit).map((row) => row.fingerprint));
  } else if (unfiltered) {
    const summary = summaryGroups(db, groupCursor, limit);
    rows = summary;
    latest = ticketsById(db, summary.slice(0, limit).map((row) => row.latestId));
  } else {
    rows = newestGroups(db, filters, groupCursor, limit);
    latest = ticketsAt(db, filters, rows.slice(0, limit));
  }
  const page = rows.slice(0, limit);
  const items = page.flatMap((row): TicketGroup[] => {
    const ticket = latest.get(row.fingerprint);
    return ticket
      ? [{ fingerprint: row.fingerprint, count: Number(row.count), firstAt: new Date(row.firstAt), lastAt: new Date(row.lastAt), latest: ticket }]
      : [];
  });
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ kind: "group-time", lastAt: last.lastAt, id: last.fingerprint })
      : null;
  return partial ? { items, nextCursor, partial } : { items, nextCursor };
}

type GroupCursor = Extract<TicketCursor, { kind: "group-time" }>;

/** Unfiltered pages: ticket_groups in (last_at, fingerprint) order, newest first, from its index. */
function summaryGroups(db: Db, cursor: GroupCursor | null, limit: number): Array<GroupRow & { latestId: string }> {
  const after = cursor ? sql`WHERE (last_at, fingerprint) < (${cursor.lastAt}, ${cursor.id})` : sql``;
  return db.all<GroupRow & { latestId: string }>(sql`
    SELECT fingerprint, listed_count AS count, first_at AS firstAt, last_at AS lastAt, latest_id AS latestId
    FROM ticket_groups ${after}
    ORDER BY last_at DESC, fingerprint DESC
    LIMIT ${limit + 1}`);
}

function newestGroups(db: Db, filters: TicketFilters, cursor: GroupCursor | null, limit: number): GroupRow[] {
  // A category/status/provider filter groups the small ticket_search_filters rows (0003), ~4×
  // faster than the tickets rows with their report JSON (status=completed at 100k tickets:
  // ~180 ms against ~610 ms). A date range alone is answered by tickets_group_idx
  // (fingerprint, visibility, created_at) in GROUP BY order; left to itself SQLite picked the
  // visibility index and read every row's report JSON.
  const columnFilter = Boolean(filters.category || filters.status || filters.provider);
  const c = columnFilter ? searchFilterColumns : tickets;
  const having: SQL = cursor
    ? sql`HAVING max(${c.createdAt}) < ${cursor.lastAt} OR (max(${c.createdAt}) = ${cursor.lastAt} AND ${c.fingerprint} < ${cursor.id})`
    : sql``;
  return db.all<GroupRow>(sql`
    SELECT ${c.fingerprint} AS fingerprint, count(*) AS count, min(${c.createdAt}) AS firstAt, max(${c.createdAt}) AS lastAt
    FROM ${columnFilter ? sql.raw("ticket_search_filters f") : sql.raw("tickets INDEXED BY tickets_group_idx")}
    WHERE ${sql.join(filterConditions(filters, c), sql` AND `)}
    GROUP BY ${c.fingerprint} ${having}
    ORDER BY lastAt DESC, fingerprint DESC
    LIMIT ${limit + 1}`);
}

/**
 * The tickets at each group's known newest time that pass the filters (ties: the larger id):
 * equality on all of tickets_group_idx (fingerprint, visibility, created_at), a few probes a group.
 */
function ticketsAt(db: Db, filters: TicketFilters, rows: GroupRow[]): Map<string, Ticket> {
  if (rows.length === 0) return new Map();
  const lastAt = new Map(rows.map((row) => [row.fingerprint, Number(row.lastAt)]));
  const found = db.all<{ id: string; fingerprint: string; createdAt: number }>(sql`
    SELECT id, fingerprint, created_at AS createdAt FROM tickets INDEXED BY tickets_group_idx
    WHERE fingerprint IN ${[...lastAt.keys()]} AND created_at IN ${[...new Set(lastAt.values())]}
      AND ${sql.join(filterConditions(filters), sql` AND `)}`);
  const latestId = new Map<string, string>();
  for (const row of found) {
    if (Number(row.createdAt) !== lastAt.get(row.fingerprint)) continue;
    const seen = latestId.get(row.fingerprint);
    if (!seen || row.id > seen) latestId.set(row.fingerprint, row.id);
  }
  return ticketsById(db, [...latestId.values()]);
}

/**
 * Matching groups page newest first like the unsearched list, not by bm25: a rank cursor
 * drifts as other tickets are written between pages (bm25 depends on the whole index), which
 * skipped or repeated groups; (lastAt, fingerprint) does not move.
 *
 * Two bounded steps. (1) The newest SEARCH_GROUP_WINDOW matches that pass the filters name the
 * page's groups and their last match: a group found there has its newest match there, so the
 * order is exact. (2) Only for the page's groups, every matching ticket is counted from the
 * group's side: its tickets_group_idx entries (rowids) against the match set, so the cost is
 * the size of the page's groups, not of the whole match set.
 */
function searchGroups(db: Db, match: string, filters: TicketFilters, cursor: GroupCursor | null, limit: number): { rows: GroupRow[]; partial: boolean } {
  const having: SQL = cursor
    ? sql`HAVING max(f.created_at) < ${cursor.lastAt} OR (max(f.created_at) = ${cursor.lastAt} AND f.fingerprint < ${cursor.id})`
    : sql``;
  const conditions = sql.join(filterConditions(filters, searchFilterColumns), sql` AND `);
  // The window is read newest first straight from the FTS index (FTS5 walks rowids backwards).
  const found = db.all<GroupRow & { window: number }>(sql`
    WITH m AS MATERIALIZED (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${SEARCH_GROUP_WINDOW})
    SELECT f.fingerprint AS fingerprint, count(*) AS count, min(f.created_at) AS firstAt, max(f.created_at) AS lastAt, (SELECT count(*) FROM m) AS window
    FROM m JOIN ticket_search_filters f ON f.rowid = m.rowid
    WHERE ${conditions}
    GROUP BY f.fingerprint ${having}
    ORDER BY lastAt DESC, fingerprint DESC
    LIMIT ${limit + 1}`);
  const partial = (found[0]?.window ?? 0) >= SEARCH_GROUP_WINDOW || (found.length === 0 && windowIsFull(db, match));
  // The window held every match: its counts are the whole counts.
  if (!partial) return { rows: found, partial };
  const fingerprints = found.slice(0, limit).map((row) => row.fingerprint);
  // With a column filter the group's rows must be read (ticket_search_filters by rowid);
  // without one, the index entries alone decide.
  const columnFilter = filters.category || filters.status || filters.provider;
  const counted = db.all<{ fingerprint: string; count: number; firstAt: number }>(
    columnFilter
      ? sql`
        SELECT f.fingerprint AS fingerprint, count(*) AS count, min(f.created_at) AS firstAt
        FROM ticket_search_filters f
        WHERE f.rowid IN (SELECT t.rowid FROM tickets t INDEXED BY tickets_group_idx WHERE t.fingerprint IN ${fingerprints} AND t.visibility = 'listed')
          AND f.rowid IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ${match}) AND ${conditions}
        GROUP BY f.fingerprint`
      : sql`
        SELECT fingerprint, count(*) AS count, min(created_at) AS firstAt
        FROM tickets INDEXED BY tickets_group_idx
        WHERE ${sql.join(filterConditions(filters), sql` AND `)} AND ${inArray(tickets.fingerprint, fingerprints)}
          AND rowid IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ${match})
        GROUP BY fingerprint`,
  );
  const byFingerprint = new Map(counted.map((row) => [row.fingerprint, row]));
  const rows = found.map((row) => {
    const all = byFingerprint.get(row.fingerprint);
    return { fingerprint: row.fingerprint, lastAt: row.lastAt, count: all?.count ?? row.count, firstAt: all?.firstAt ?? row.firstAt };
  });
  return { rows, partial };
}

function windowIsFull(db: Db, match: string): boolean {
  const row = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ${match} LIMIT ${SEARCH_GROUP_WINDOW})`);
  return (row?.n ?? 0) >= SEARCH_GROUP_WINDOW;
}

function ticketsById(db: Db, ids: string[]): Map<string, Ticket> {
  const rows = ids.length > 0 ? db.select().from(tickets).where(inArray(tickets.id, ids)).all() : [];
  return new Map(rows.map((ticket) => [ticket.fingerprint, ticket]));
}

/**
 * Each fingerprint's newest listed ticket that matches the filters (ties: the larger id). With
 * no filters that is ticket_groups.latest_id. Otherwise the newest time comes from the index
 * (tickets_group_idx, or the filtered rows) and the id from the rows at that time.
 */
function latestTickets(db: Db, filters: TicketFilters, fingerprints: string[]): Map<string, Ticket> {
  if (fingerprints.length === 0) return new Map();
  const unfiltered = Object.values(filters).every((value) => value == null || value === "");
  const covered = !filters.category && !filters.status && !filters.provider;
  const conditions = sql.join(filterConditions(filters), sql` AND `);
  const ids = unfiltered
    ? db.all<{ id: string }>(sql`SELECT latest_id AS id FROM ticket_groups WHERE fingerprint IN ${fingerprints}`)
    : db.all<{ id: string }>(sql`
      SELECT (SELECT max(id) FROM tickets WHERE fingerprint = g.fingerprint AND created_at = g.lastAt AND ${conditions}) AS id
      FROM (SELECT fingerprint, max(created_at) AS lastAt FROM tickets ${covered ? sql.raw("INDEXED BY tickets_group_idx") : sql``}
        WHERE ${conditions} AND ${inArray(tickets.fingerprint, fingerprints)} GROUP BY fingerprint) g`);
  return ticketsById(db, ids.map((row) => row.id));
}

const DAY_MS = 86_400_000;

/**
 * Listed tickets per UTC day for each fingerprint over the `days` days ending with `now`'s day,
 * oldest first (the history's sparklines, the group page's chart).
 */
export function dailyGroupCounts({
  db,
  fingerprints,
  days = 30,
  now = new Date(),
}: {
  db: Db;
  fingerprints: string[];
  days?: number;
  now?: Date;
}): Map<string, number[]> {
  const result = new Map(fingerprints.map((fingerprint) => [fingerprint, Array.from({ length: days }, () => 0)]));
  if (fingerprints.length === 0) return result;
  const today = Math.floor(now.getTime() / DAY_MS);
  // ticket_group_days (drizzle/0005): at most `days` rows a group, by primary key.
  const rows = db.all<{ fingerprint: string; day: number; count: number }>(sql`
    SELECT fingerprint, day, listed_count AS count FROM ticket_group_days
    WHERE fingerprint IN ${[...new Set(fingerprints)]} AND day > ${today - days} AND day <= ${today}`);
  for (const row of rows) {
    const series = result.get(row.fingerprint);
    const index = Number(row.day) - (today - days + 1);
    if (series && index >= 0 && index < days) series[index] = Number(row.count);
  }
  return result;
}

export type FacetCount<T> = { value: T; count: number };

/** What the group page shows above the occurrences: totals, the days chart, providers and languages. */
export type GroupOverview = {
  count: number;
  firstAt: Date;
  lastAt: Date;
  latestId: string;
  /** Listed tickets per UTC day, oldest first, ending with `now`'s day. */
  daily: number[];
  /** daily[0]'s UTC day (days since 1970-01-01). */
  firstDay: number;
  /** Most frequent first; `null` is "no provider recognised". */
  providers: FacetCount<string | null>[];
  /** The report languages asked for, most frequent first. */
  languages: FacetCount<Ticket["language"]>[];
};

/**
 * A group's overview among listed tickets, or null when it has none. One indexed query each:
 * ticket_groups by primary key, ticket_group_days by primary key range, and
 * tickets_group_facets_idx (fingerprint, visibility, provider, language) for the two facets.
 */
export function groupOverview({ db, fingerprint, days = 30, now = new Date() }: { db: Db; fingerprint: string; days?: number; now?: Date }): GroupOverview | null {
  const summary = db.get<{ count: number; firstAt: number; lastAt: number; latestId: string }>(sql`
    SELECT listed_count AS count, first_at AS firstAt, last_at AS lastAt, latest_id AS latestId FROM ticket_groups WHERE fingerprint = ${fingerprint}`);
  if (!summary) return null;
  const facet = <T>(column: "provider" | "language") =>
    db.all<{ value: T; count: number }>(sql`
      SELECT ${sql.raw(column)} AS value, count(*) AS count FROM tickets INDEXED BY tickets_group_facets_idx
      WHERE fingerprint = ${fingerprint} AND visibility = 'listed'
      GROUP BY ${sql.raw(column)} ORDER BY count DESC, value`);
  return {
    count: Number(summary.count),
    firstAt: new Date(summary.firstAt),
    lastAt: new Date(summary.lastAt),
    latestId: summary.latestId,
    daily: dailyGroupCounts({ db, fingerprints: [fingerprint], days, now }).get(fingerprint) ?? [],
    firstDay: Math.floor(now.getTime() / DAY_MS) - days + 1,
    providers: facet<string | null>("provider"),
    languages: facet<Ticket["language"]>("language"),
  };
}
