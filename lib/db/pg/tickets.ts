/**
 * lib/db/tickets.ts on PostgreSQL: the same functions, arguments and results, async, over a
 * PgDb. Cursors, filters and page shapes are SQLite's own (imported, not copied), so a cursor
 * from one engine means the same on the other.
 */
import { and, asc, desc, eq, gte, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import type { NewTicket, Ticket, TicketStatus } from "../schema";
import { encodeCursor, insertedRow, type FingerprintGroup, type ListArgs, type TicketCursor, type TicketFilters, type TicketPage } from "../tickets";
import type { PgDb } from "./connect";
import { tickets, ticketSearch } from "./schema";
import { buildPgTsQuery, pgSearchDocument } from "./search-query";

/** ListArgs (lib/db/tickets.ts) with a PostgreSQL database. */
export type PgListArgs = Omit<ListArgs, "db"> & { db: PgDb };

/** What a PgDb and its transactions share (the query builders). */
type PgExecutor = Pick<PgDb, "select" | "insert" | "update" | "delete" | "execute">;

/** Epoch milliseconds of a timestamptz expression, as a JS number (exact: the column holds ms). */
export const epochMs = (expression: SQL) => sql<number>`round(extract(epoch from ${expression}) * 1000)::float8`;

/** A cursor's epoch ms as a timestamptz parameter. */
export const timestampParam = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;

function searchBody(ticket: Pick<Ticket, "title" | "input" | "context">) {
  return sql`to_tsvector('simple', ${pgSearchDocument([ticket.title, ticket.input, ticket.context])})`;
}

/** The ticket's search row: its text, and its filter columns as they are now. */
async function indexTicketText(
  db: PgExecutor,
  ticket: Pick<Ticket, "id" | "input" | "title" | "context" | "createdAt" | "visibility" | "status" | "category" | "provider" | "fingerprint">,
) {
  const columns = {
    body: searchBody(ticket),
    createdAt: ticket.createdAt,
    visibility: ticket.visibility,
    status: ticket.status,
    category: ticket.category,
    provider: ticket.provider,
    fingerprint: ticket.fingerprint,
  };
  await db
    .insert(ticketSearch)
    .values({ ticketId: ticket.id, ...columns })
    .onConflictDoUpdate({ target: ticketSearch.ticketId, set: columns });
}

export async function insertTicket({ db, ticket }: { db: PgDb; ticket: NewTicket }): Promise<Ticket> {
  const row = insertedRow(ticket);
  await db.transaction(async (tx) => {
    await tx.insert(tickets).values(ticket);
    await indexTicketText(tx, row);
  });
  return row;
}

export async function getTicket({ db, id }: { db: PgDb; id: string }): Promise<Ticket | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return row ?? null;
}

export async function updateTicket({
  db,
  id,
  changes,
  onlyIfStatus,
}: {
  db: PgDb;
  id: string;
  changes: Partial<Omit<NewTicket, "id" | "createdAt">>;
  /** Compare-and-set: apply only while the ticket still has this status (one statement, so atomic). */
  onlyIfStatus?: TicketStatus;
}): Promise<Ticket | null> {
  const where = onlyIfStatus ? and(eq(tickets.id, id), eq(tickets.status, onlyIfStatus)) : eq(tickets.id, id);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(tickets)
      .set({ ...changes, updatedAt: changes.updatedAt ?? new Date() })
      .where(where)
      .returning();
    if (row && changes.title !== undefined) await indexTicketText(tx, row);
    return row ?? null;
  });
}

/** Deletes the ticket; its search row and votes go with it (ON DELETE CASCADE). */
export async function deleteTicket({ db, id }: { db: PgDb; id: string }): Promise<boolean> {
  const result = await db.delete(tickets).where(eq(tickets.id, id));
  return (result.rowCount ?? 0) > 0;
}

export async function listTicketIdsByStatus({ db, status }: { db: PgDb; status: TicketStatus }): Promise<string[]> {
  const rows = await db.select({ id: tickets.id }).from(tickets).where(eq(tickets.status, status)).orderBy(asc(tickets.createdAt), asc(tickets.id));
  return rows.map((row) => row.id);
}

/** See lib/db/tickets.ts: listed, same fingerprint and language, completed AI reports, newest first. */
export async function findReusableLlmTickets({
  db,
  fingerprint,
  language,
  excludeId,
  limit = 5,
}: {
  db: PgDb;
  fingerprint: string;
  language: string;
  excludeId?: string;
  limit?: number;
}): Promise<Ticket[]> {
  const conditions: SQL[] = [
    eq(tickets.fingerprint, fingerprint),
    eq(tickets.visibility, "listed"),
    eq(tickets.language, language as Ticket["language"]),
    eq(tickets.status, "completed"),
    eq(tickets.reportSource, "llm"),
  ];
  if (excludeId) conditions.push(ne(tickets.id, excludeId));
  return db.select().from(tickets).where(and(...conditions)).orderBy(desc(tickets.createdAt), desc(tickets.id)).limit(limit);
}

export async function findReusableLlmTicket(options: { db: PgDb; fingerprint: string; language: string; excludeId?: string }): Promise<Ticket | null> {
  return (await findReusableLlmTickets({ ...options, limit: 1 }))[0] ?? null;
}

/** Listed tickets only, plus the user's filters (lib/db/tickets.ts filterConditions, on timestamptz). */
export function pgFilterConditions(filters: TicketFilters): SQL[] {
  const conditions: SQL[] = [eq(tickets.visibility, "listed")];
  if (filters.category) conditions.push(sql`${tickets.category} = ${filters.category}`);
  if (filters.status) conditions.push(eq(tickets.status, filters.status));
  if (filters.provider) conditions.push(eq(tickets.provider, filters.provider));
  if (filters.fingerprint) conditions.push(eq(tickets.fingerprint, filters.fingerprint));
  if (filters.from) conditions.push(gte(tickets.createdAt, filters.from));
  if (filters.to) conditions.push(lt(tickets.createdAt, filters.to));
  return conditions;
}

/**
 * Listed tickets plus the user's filters, on the filter columns of `alias`: a tickets alias, or
 * ticket_search (which carries the same columns), or a CTE with them.
 */
export function filtersOn(alias: string, filters: TicketFilters): SQL[] {
  const c = (column: string) => sql.raw(`${alias}.${column}`);
  const conditions: SQL[] = [sql`${c("visibility")} = 'listed'`];
  if (filters.category) conditions.push(sql`${c("category")} = ${filters.category}`);
  if (filters.status) conditions.push(sql`${c("status")} = ${filters.status}`);
  if (filters.provider) conditions.push(sql`${c("provider")} = ${filters.provider}`);
  if (filters.fingerprint) conditions.push(sql`${c("fingerprint")} = ${filters.fingerprint}`);
  if (filters.from) conditions.push(sql`${c("created_at")} >= ${timestampParam(filters.from.getTime())}`);
  if (filters.to) conditions.push(sql`${c("created_at")} < ${timestampParam(filters.to.getTime())}`);
  return conditions;
}

/** Listed tickets, filtered, a keyset page at a time: by relevance with a query, else newest first. */
export async function listTickets({ db, query, filters = {}, cursor, limit }: PgListArgs): Promise<TicketPage> {
  const tsquery = query ? buildPgTsQuery(query) : null;
  if (query && !tsquery) return { items: [], nextCursor: null };
  return tsquery ? searchTickets(db, tsquery, filters, cursor, limit) : newestTickets(db, filters, cursor, limit);
}

async function newestTickets(db: PgDb, filters: TicketFilters, cursor: TicketCursor | null, limit: number): Promise<TicketPage> {
  const conditions = pgFilterConditions(filters);
  // A row comparison, so that the cursor bounds the backward walk of tickets_listed_idx
  // (visibility, created_at, id); spelled out with OR it was a filter over the 90% of the index
  // before a deep page (54 ms at 100k tickets).
  if (cursor?.kind === "time") conditions.push(sql`(${tickets.createdAt}, ${tickets.id}) < (${timestampParam(cursor.createdAt)}, ${cursor.id})`);
  const rows = await db
    .select()
    .from(tickets)
    .where(and(...conditions))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit && last;
  return { items, nextCursor: hasMore ? encodeCursor({ kind: "time", createdAt: last.createdAt.getTime(), id: last.id }) : null };
}

/**
 * Ranked by ts_rank_cd, best first, divided by 1 + log(document length) (normalization 1) so
 * that, like FTS5's bm25, a match in a short paste outranks one in a long paste: on the parity
 * test's data the order is then SQLite's. The cursor's rank is the negated score so that it sorts
 * ascending with the id as tie-break, as SQLite's bm25 rank does: one cursor shape for both.
 */
async function searchTickets(db: PgDb, tsquery: string, filters: TicketFilters, cursor: TicketCursor | null, limit: number): Promise<TicketPage> {
  const after = cursor?.kind === "rank" ? sql`WHERE m.rank > ${cursor.rank}::float8 OR (m.rank = ${cursor.rank}::float8 AND m.id > ${cursor.id})` : sql``;
  // Matched, filtered and ranked in ticket_search alone (it carries the filter columns).
  const { rows: ranked } = await db.execute<{ id: string; rank: number }>(sql`
    SELECT m.id, m.rank FROM (
      SELECT s.ticket_id AS id, -(ts_rank_cd(s.body, q.q, 1)::float8) AS rank
      FROM ticket_search s CROSS JOIN to_tsquery('simple', ${tsquery}) AS q(q)
      WHERE s.body @@ q.q AND ${sql.join(filtersOn("s", filters), sql` AND `)}
    ) m
    ${after}
    ORDER BY m.rank, m.id
    LIMIT ${limit + 1}`);
  const page = ranked.slice(0, limit);
  const byId = new Map(
    page.length > 0
      ? (await db.select().from(tickets).where(inArray(tickets.id, page.map((row) => row.id)))).map((ticket) => [ticket.id, ticket])
      : [],
  );
  const last = page.at(-1);
  const hasMore = ranked.length > limit && last;
  return {
    items: page.map((row) => byId.get(row.id)).filter((ticket): ticket is Ticket => ticket !== undefined),
    nextCursor: hasMore ? encodeCursor({ kind: "rank", rank: Number(last.rank), id: last.id }) : null,
  };
}

/**
 * How often each error was seen among listed tickets: "seen N times, first …, last …", read
 * from ticket_groups (drizzle/postgres/0002–0003, kept by triggers) by primary key. Counting
 * the tickets instead read every index entry of the page's groups: a flat page that shows a
 * few errors seen thousands of times each read tens of thousands of entries.
 */
export async function groupStats({ db, fingerprints }: { db: PgDb; fingerprints: string[] }): Promise<Map<string, FingerprintGroup>> {
  if (fingerprints.length === 0) return new Map();
  const { rows } = await db.execute<{ fingerprint: string; count: number; firstAt: number; lastAt: number }>(sql`
    SELECT fingerprint, listed_count AS count, ${epochMs(sql`first_at`)} AS "firstAt", ${epochMs(sql`last_at`)} AS "lastAt"
    FROM ticket_groups WHERE ${inArray(sql.raw("fingerprint"), [...new Set(fingerprints)])}`);
  return new Map(
    rows.map((row) => [
      row.fingerprint,
      { fingerprint: row.fingerprint, count: Number(row.count), firstAt: new Date(Number(row.firstAt)), lastAt: new Date(Number(row.lastAt)) },
    ]),
  );
}

/** Other listed tickets like this one: the same error first, then the same category and provider. */
export async function listSimilarTickets({ db, ticket, limit }: { db: PgDb; ticket: Ticket; limit: number }): Promise<Ticket[]> {
  const others = and(eq(tickets.visibility, "listed"), ne(tickets.id, ticket.id));
  const same = await db
    .select()
    .from(tickets)
    .where(and(others, eq(tickets.fingerprint, ticket.fingerprint)))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(limit);
  if (same.length >= limit) return same;
  const related = await db
    .select()
    .from(tickets)
    .where(
      and(
        others,
        ne(tickets.fingerprint, ticket.fingerprint),
        eq(tickets.category, ticket.category),
        ticket.provider ? eq(tickets.provider, ticket.provider) : undefined,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(limit - same.length);
  return [...same, ...related];
}

/** A group's best report: the newest AI (llm or cache) report among its listed tickets, else its newest ticket. */
export async function findBestGroupTicket({ db, fingerprint }: { db: PgDb; fingerprint: string }): Promise<Ticket | null> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.fingerprint, fingerprint), eq(tickets.visibility, "listed")))
    .orderBy(sql`${tickets.reportSource} IN ('llm', 'cache') DESC`, desc(tickets.createdAt), desc(tickets.id))
    .limit(1);
  return row ?? null;
}

/** Ids of a group's listed tickets (newest first, at most `limit`). */
export async function groupTicketIds({ db, fingerprint, limit = 1000 }: { db: PgDb; fingerprint: string; limit?: number }): Promise<string[]> {
  const rows = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.fingerprint, fingerprint), eq(tickets.visibility, "listed")))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

/** Providers that appear among listed tickets, most frequent first (ties by name). */
export async function listProviders({ db }: { db: PgDb }): Promise<string[]> {
  const rows = await db
    .select({ provider: tickets.provider })
    .from(tickets)
    .where(and(eq(tickets.visibility, "listed"), sql`${tickets.provider} IS NOT NULL`))
    .groupBy(tickets.provider)
    .orderBy(sql`count(*) DESC`, asc(tickets.provider))
    .limit(50);
  return rows.map((row) => row.provider!).filter(Boolean);
}
