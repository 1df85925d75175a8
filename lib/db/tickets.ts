import { and, desc, eq, inArray, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { buildMatchQuery, buildSearchText } from "@/lib/search/search-text";
import type { Db } from "./client";
import { tickets, type NewTicket, type Ticket, type TicketStatus } from "./schema";

function indexTicketText(db: Db, ticket: Pick<Ticket, "id" | "input" | "title" | "context">) {
  db.run(sql`DELETE FROM tickets_fts WHERE rowid = (SELECT rowid FROM tickets WHERE id = ${ticket.id})`);
  db.run(
    sql`INSERT INTO tickets_fts (rowid, body) SELECT rowid, ${buildSearchText([ticket.title, ticket.input, ticket.context])} FROM tickets WHERE id = ${ticket.id}`,
  );
}

/**
 * The row an insert of `ticket` writes, its columns' defaults filled in. Built here rather than
 * read back with RETURNING: parsing the report JSON again was a tenth of a create's database time.
 */
export function insertedRow(ticket: NewTicket): Ticket {
  return {
    context: null,
    provider: null,
    httpStatus: null,
    error: null,
    llmAttempts: 0,
    feedbackUp: 0,
    feedbackDown: 0,
    ...ticket,
  };
}

export function insertTicket({ db, ticket }: { db: Db; ticket: NewTicket }): Ticket {
  const row = insertedRow(ticket);
  return db.transaction((tx) => {
    const { lastInsertRowid } = tx.insert(tickets).values(ticket).run();
    tx.run(sql`INSERT INTO tickets_fts (rowid, body) VALUES (${lastInsertRowid}, ${buildSearchText([row.title, row.input, row.context])})`);
    return row;
  });
}

export function getTicket({ db, id }: { db: Db; id: string }): Ticket | null {
  return db.select().from(tickets).where(eq(tickets.id, id)).get() ?? null;
}

export function updateTicket({
  db,
  id,
  changes,
  onlyIfStatus,
}: {
  db: Db;
  id: string;
  changes: Partial<Omit<NewTicket, "id" | "createdAt">>;
  /** Compare-and-set: apply only while the ticket still has this status. */
  onlyIfStatus?: TicketStatus;
}): Ticket | null {
  const where = onlyIfStatus ? and(eq(tickets.id, id), eq(tickets.status, onlyIfStatus)) : eq(tickets.id, id);
  return db.transaction((tx) => {
    const row = tx
      .update(tickets)
      .set({ ...changes, updatedAt: changes.updatedAt ?? new Date() })
      .where(where)
      .returning()
      .get();
    if (row && changes.title !== undefined) indexTicketText(tx as unknown as Db, row);
    return row ?? null;
  });
}

export function deleteTicket({ db, id }: { db: Db; id: string }): boolean {
  return db.transaction((tx) => {
    tx.run(sql`DELETE FROM tickets_fts WHERE rowid = (SELECT rowid FROM tickets WHERE id = ${id})`);
    return tx.delete(tickets).where(eq(tickets.id, id)).run().changes > 0;
  });
}

export function listTicketIdsByStatus({ db, status }: { db: Db; status: TicketStatus }): string[] {
  return db
    .select({ id: tickets.id })
    .from(tickets)
    .where(eq(tickets.status, status))
    .orderBy(tickets.createdAt)
    .all()
    .map((row) => row.id);
}

/** The newest completed LLM report for the same error in the same language, if any. */
/**
 * AI reports that a new paste of the same error (fingerprint) in the same language may reuse,
 * newest first. Only listed tickets: an unlisted ticket's report quotes a paste that only its
 * link holder may see, so it is never offered to anyone else (it stays its own ticket's report).
 */
export function findReusableLlmTickets({
  db,
  fingerprint,
  language,
  excludeId,
  limit = 5,
}: {
  db: Db;
  fingerprint: string;
  language: string;
  excludeId?: string;
  limit?: number;
}): Ticket[] {
  const conditions: SQL[] = [
    eq(tickets.fingerprint, fingerprint),
    eq(tickets.visibility, "listed"),
    eq(tickets.language, language as Ticket["language"]),
    eq(tickets.status, "completed"),
    eq(tickets.reportSource, "llm"),
  ];
  if (excludeId) conditions.push(sql`${tickets.id} <> ${excludeId}`);
  return db.select().from(tickets).where(and(...conditions)).orderBy(desc(tickets.createdAt)).limit(limit).all();
}

/** The newest reusable AI report's ticket (see `findReusableLlmTickets`). */
export function findReusableLlmTicket(options: { db: Db; fingerprint: string; language: string; excludeId?: string }): Ticket | null {
  return findReusableLlmTickets({ ...options, limit: 1 })[0] ?? null;
}

export type TicketFilters = {
  category?: string | null;
  status?: TicketStatus | null;
  provider?: string | null;
  from?: Date | null;
  /** Exclusive upper bound. */
  to?: Date | null;
  fingerprint?: string | null;
};

/**
 * Newest-first pages key on (createdAt, id); relevance pages on (rank, id). Grouped pages
 * (one row per fingerprint, lib/db/groups.ts) key on the group's (lastAt, fingerprint), with or
 * without a search: `id` then holds the fingerprint.
 */
export type TicketCursor =
  | { kind: "time"; createdAt: number; id: string }
  | { kind: "rank"; rank: number; id: string }
  | { kind: "group-time"; lastAt: number; id: string };

const cursorTags = { time: "t", rank: "r", "group-time": "gt" } as const;

export function encodeCursor(cursor: TicketCursor): string {
  const key = cursor.kind === "time" ? cursor.createdAt : cursor.kind === "group-time" ? cursor.lastAt : cursor.rank;
  return Buffer.from(JSON.stringify([cursorTags[cursor.kind], key, cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(value: string): TicketCursor | null {
  try {
    const parts: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parts) || parts.length !== 3) return null;
    const [kind, key, id] = parts as [unknown, unknown, unknown];
    if (typeof key !== "number" || !Number.isFinite(key) || typeof id !== "string" || !/^[\w-]{1,64}$/.test(id)) return null;
    if (kind === "t") return { kind: "time", createdAt: key, id };
    if (kind === "r") return { kind: "rank", rank: key, id };
    if (kind === "gt") return { kind: "group-time", lastAt: key, id };
    return null;
  } catch {
    return null;
  }
}

/** The filterable columns, in tickets or in ticket_search_filters (aliased `f`, see 0003). */
export type FilterColumns = Record<"visibility" | "category" | "status" | "provider" | "fingerprint" | "createdAt", SQLWrapper>;

const ticketColumns: FilterColumns = tickets;
export const searchFilterColumns: FilterColumns = {
  visibility: sql`f.visibility`,
  category: sql`f.category`,
  status: sql`f.status`,
  provider: sql`f.provider`,
  fingerprint: sql`f.fingerprint`,
  createdAt: sql`f.created_at`,
};

/** Listed tickets only, plus the user's filters; times compare as stored (epoch ms). */
export function filterConditions(filters: TicketFilters, c: FilterColumns = ticketColumns): SQL[] {
  const conditions: SQL[] = [sql`${c.visibility} = 'listed'`];
  if (filters.category) conditions.push(sql`${c.category} = ${filters.category}`);
  if (filters.status) conditions.push(sql`${c.status} = ${filters.status}`);
  if (filters.provider) conditions.push(sql`${c.provider} = ${filters.provider}`);
  if (filters.fingerprint) conditions.push(sql`${c.fingerprint} = ${filters.fingerprint}`);
  if (filters.from) conditions.push(sql`${c.createdAt} >= ${filters.from.getTime()}`);
  if (filters.to) conditions.push(sql`${c.createdAt} < ${filters.to.getTime()}`);
  return conditions;
}

export type TicketPage = { items: Ticket[]; nextCursor: string | null };

/** What a keyset-paged list of listed tickets (flat or grouped) is asked with. */
export interface ListArgs {
  db: Db;
  query?: string | null;
  filters?: TicketFilters;
  cursor: TicketCursor | null;
  limit: number;
}

/**
 * Listed tickets only (unlisted ones are reachable by link alone), filtered, one keyset page
 * at a time: by relevance when there is a query, newest first otherwise.
 */
export function listTickets({ db, query, filters = {}, cursor, limit }: ListArgs): TicketPage {
  const match = query ? buildMatchQuery(query) : null;
  if (query && !match) return { items: [], nextCursor: null };
  return match ? searchTickets(db, match, filters, cursor, limit) : newestTickets(db, filters, cursor, limit);
}

function newestTickets(db: Db, filters: TicketFilters, cursor: TicketCursor | null, limit: number): TicketPage {
  const conditions = filterConditions(filters);
  if (cursor?.kind === "time") {
    const at = new Date(cursor.createdAt);
    conditions.push(or(lt(tickets.createdAt, at), and(eq(tickets.createdAt, at), lt(tickets.id, cursor.id)))!);
  }
  const rows = db
    .select()
    .from(tickets)
    .where(and(...conditions))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(limit + 1)
    .all();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit && last;
  return { items, nextCursor: hasMore ? encodeCursor({ kind: "time", createdAt: last.createdAt.getTime(), id: last.id }) : null };
}

function searchTickets(db: Db, match: string, filters: TicketFilters, cursor: TicketCursor | null, limit: number): TicketPage {
  const conditions = filterConditions(filters, searchFilterColumns);
  if (cursor?.kind === "rank") {
    conditions.push(sql`(m.rank > ${cursor.rank} OR (m.rank = ${cursor.rank} AND f.id > ${cursor.id}))`);
  }
  // Rank and page on the small filter rows, then load only the page's tickets.
  const ranked = db.all<{ id: string; rank: number }>(sql`
    WITH m AS (SELECT rowid, bm25(tickets_fts) AS rank FROM tickets_fts WHERE tickets_fts MATCH ${match})
    SELECT f.id AS id, m.rank AS rank FROM m JOIN ticket_search_filters f ON f.rowid = m.rowid
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY m.rank, f.id
    LIMIT ${limit + 1}`);
  const page = ranked.slice(0, limit);
  const byId = new Map(
    page.length > 0
      ? db
          .select()
          .from(tickets)
          .where(inArray(tickets.id, page.map((row) => row.id)))
          .all()
          .map((ticket) => [ticket.id, ticket])
      : [],
  );
  const last = page.at(-1);
  const hasMore = ranked.length > limit && last;
  return {
    items: page.map((row) => byId.get(row.id)).filter((ticket): ticket is Ticket => ticket !== undefined),
    nextCursor: hasMore ? encodeCursor({ kind: "rank", rank: last.rank, id: last.id }) : null,
  };
}

export type FingerprintGroup = { fingerprint: string; count: number; firstAt: Date; lastAt: Date };

/** How often each error was seen among listed tickets: "seen N times, first …, last …". */
export function groupStats({ db, fingerprints }: { db: Db; fingerprints: string[] }): Map<string, FingerprintGroup> {
  if (fingerprints.length === 0) return new Map();
  const rows = db
    .select({
      fingerprint: tickets.fingerprint,
      count: sql<number>`count(*)`,
      firstAt: sql<number>`min(${tickets.createdAt})`,
      lastAt: sql<number>`max(${tickets.createdAt})`,
    })
    .from(tickets)
    .where(and(inArray(tickets.fingerprint, [...new Set(fingerprints)]), eq(tickets.visibility, "listed")))
    .groupBy(tickets.fingerprint)
    .all();
  return new Map(
    rows.map((row) => [
      row.fingerprint,
      { fingerprint: row.fingerprint, count: row.count, firstAt: new Date(row.firstAt), lastAt: new Date(row.lastAt) },
    ]),
  );
}

/** Other listed tickets like this one: the same error first, then the same category and provider. */
export function listSimilarTickets({ db, ticket, limit }: { db: Db; ticket: Ticket; limit: number }): Ticket[] {
  const others = and(eq(tickets.visibility, "listed"), sql`${tickets.id} <> ${ticket.id}`);
  const same = db
    .select()
    .from(tickets)
    .where(and(others, eq(tickets.fingerprint, ticket.fingerprint)))
    .orderBy(desc(tickets.createdAt))
    .limit(limit)
    .all();
  if (same.length >= limit) return same;
  const related = db
    .select()
    .from(tickets)
    .where(
      and(
        others,
        sql`${tickets.fingerprint} <> ${ticket.fingerprint}`,
        eq(tickets.category, ticket.category),
        ticket.provider ? eq(tickets.provider, ticket.provider) : sql`1`,
      ),
    )
    .orderBy(desc(tickets.createdAt))
    .limit(limit - same.length)
    .all();
  return [...same, ...related];
}

/** A group's best report: the newest AI (llm or cache) report among its listed tickets, else its newest ticket. */
export function findBestGroupTicket({ db, fingerprint }: { db: Db; fingerprint: string }): Ticket | null {
  return (
    db
      .select()
      .from(tickets)
      .where(and(eq(tickets.fingerprint, fingerprint), eq(tickets.visibility, "listed")))
      .orderBy(sql`${tickets.reportSource} IN ('llm', 'cache') DESC`, desc(tickets.createdAt), desc(tickets.id))
      .limit(1)
      .get() ?? null
  );
}

/** Ids of a group's listed tickets (newest first, at most `limit`). */
export function groupTicketIds({ db, fingerprint, limit = 1000 }: { db: Db; fingerprint: string; limit?: number }): string[] {
  return db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.fingerprint, fingerprint), eq(tickets.visibility, "listed")))
    .orderBy(desc(tickets.createdAt))
    .limit(limit)
    .all()
    .map((row) => row.id);
}

/** Providers that appear among listed tickets, most frequent first (for the history filter). */
export function listProviders({ db }: { db: Db }): string[] {
  return db
    .select({ provider: tickets.provider })
    .from(tickets)
    .where(and(eq(tickets.visibility, "listed"), sql`${tickets.provider} IS NOT NULL`))
    .groupBy(tickets.provider)
    .orderBy(sql`count(*) DESC`)
    .limit(50)
    .all()
    .map((row) => row.provider!)
    .filter(Boolean);
}
