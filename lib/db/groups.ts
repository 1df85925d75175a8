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

export type TicketGroupPage = { items: TicketGroup[]; nextCursor: string | null };

type GroupRow = { fingerprint: string; count: number; firstAt: number; lastAt: number };

/**
 * One row per error group, a keyset page at a time: the group whose latest matching ticket is
 * newest first, with or without a search. Unlisted tickets never count
 * (filterConditions always requires `listed`). Without a search the groups come from
 * tickets_group_idx alone (fingerprint, visibility, created_at); with one, from the small
 * ticket_search_filters rows of the matches.
 */
export function listTicketGroups({ db, query, filters = {}, cursor, limit }: ListArgs): TicketGroupPage {
  const match = query ? buildMatchQuery(query) : null;
  if (query && !match) return { items: [], nextCursor: null };
  const rows = match ? searchGroups(db, match, filters, cursor, limit) : newestGroups(db, filters, cursor, limit);
  const page = rows.slice(0, limit);
  const latest = latestTickets(db, filters, page.map((row) => row.fingerprint));
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
  return { items, nextCursor };
}

function newestGroups(db: Db, filters: TicketFilters, cursor: TicketCursor | null, limit: number): GroupRow[] {
  const having: SQL = cursor?.kind === "group-time"
    ? sql`HAVING max(created_at) < ${cursor.lastAt} OR (max(created_at) = ${cursor.lastAt} AND fingerprint < ${cursor.id})`
    : sql``;
  // Without category/status/provider filters, tickets_group_idx (fingerprint, visibility,
  // created_at) answers alone, in GROUP BY order. Left to itself SQLite picked the visibility
  // index and read every row's report JSON: 700 ms p99 at 100k tickets (bench seed).
  const covered = !filters.category && !filters.status && !filters.provider;
  return db.all<GroupRow>(sql`
    SELECT fingerprint, count(*) AS count, min(created_at) AS firstAt, max(created_at) AS lastAt
    FROM tickets ${covered ? sql.raw("INDEXED BY tickets_group_idx") : sql``} WHERE ${sql.join(filterConditions(filters), sql` AND `)}
    GROUP BY fingerprint ${having}
    ORDER BY lastAt DESC, fingerprint DESC
    LIMIT ${limit + 1}`);
}

// MATERIALIZED: flattened into the GROUP BY, bm25() would be called outside its MATCH query.
// Matching groups page newest first like the unsearched list, not by bm25: a rank cursor
// drifts as other tickets are written between pages (bm25 depends on the whole index), which
// skipped or repeated groups; (lastAt, fingerprint) does not move.
function searchGroups(db: Db, match: string, filters: TicketFilters, cursor: TicketCursor | null, limit: number): GroupRow[] {
  const having: SQL = cursor?.kind === "group-time"
    ? sql`HAVING max(f.created_at) < ${cursor.lastAt} OR (max(f.created_at) = ${cursor.lastAt} AND f.fingerprint < ${cursor.id})`
    : sql``;
  return db.all<GroupRow>(sql`
    WITH m AS MATERIALIZED (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ${match})
    SELECT f.fingerprint AS fingerprint, count(*) AS count, min(f.created_at) AS firstAt, max(f.created_at) AS lastAt
    FROM m JOIN ticket_search_filters f ON f.rowid = m.rowid
    WHERE ${sql.join(filterConditions(filters, searchFilterColumns), sql` AND `)}
    GROUP BY f.fingerprint ${having}
    ORDER BY lastAt DESC, fingerprint DESC
    LIMIT ${limit + 1}`);
}

/** Each fingerprint's newest listed ticket that matches the filters (one max(): SQLite then takes `id` from that row). */
function latestTickets(db: Db, filters: TicketFilters, fingerprints: string[]): Map<string, Ticket> {
  if (fingerprints.length === 0) return new Map();
  const ids = db.all<{ id: string }>(sql`
    SELECT id, max(created_at) AS lastAt FROM tickets
    WHERE ${sql.join([...filterConditions(filters), inArray(tickets.fingerprint, fingerprints)], sql` AND `)}
    GROUP BY fingerprint`);
  const rows = ids.length > 0 ? db.select().from(tickets).where(inArray(tickets.id, ids.map((row) => row.id))).all() : [];
  return new Map(rows.map((ticket) => [ticket.fingerprint, ticket]));
}

const DAY_MS = 86_400_000;

/**
 * Listed tickets per UTC day for each fingerprint over the `days` days ending with `now`'s day,
 * oldest first (the history's sparklines).
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
  const since = (today - days + 1) * DAY_MS;
  const rows = db.all<{ fingerprint: string; day: number; count: number }>(sql`
    SELECT fingerprint, CAST(created_at / ${DAY_MS} AS INTEGER) AS day, count(*) AS count FROM tickets
    WHERE ${inArray(tickets.fingerprint, [...new Set(fingerprints)])} AND visibility = 'listed'
      AND created_at >= ${since} AND created_at < ${(today + 1) * DAY_MS}
    GROUP BY fingerprint, day`);
  for (const row of rows) {
    const series = result.get(row.fingerprint);
    const index = Number(row.day) - (today - days + 1);
    if (series && index >= 0 && index < days) series[index] = Number(row.count);
  }
  return result;
}
