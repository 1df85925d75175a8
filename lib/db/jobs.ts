import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import type { Ticket, TicketStatus } from "./schema";
import type { JobClaim, JobProgress, TicketChanges } from "./store";
import { updateTicket } from "./tickets";

/** How an engine writes an epoch-ms instant: SQLite stores the number, PostgreSQL a timestamptz. */
export type TimeParam = (ms: number) => SQL;

/**
 * The lease statements, one text for both engines (lib/db/pg/jobs.ts runs them on PostgreSQL).
 * A claim is one upsert: it inserts the job row, or takes over a row whose lease has expired;
 * on SQLite the single writer makes it atomic across processes, on PostgreSQL a racing second
 * claim waits for the first's row and then finds its lease live, so it gets nothing back.
 */
export const jobSql = {
  /** Processing tickets whose job is unclaimed or whose lease expired, oldest first. */
  candidates: ({ at, limit, onlyId }: { at: number; limit: number; onlyId?: string }, time: TimeParam) => sql`
    SELECT t.id AS id FROM tickets t LEFT JOIN llm_jobs j ON j.ticket_id = t.id
    WHERE t.status = 'processing' AND (j.ticket_id IS NULL OR j.lease_until < ${time(at)})
      ${onlyId ? sql`AND t.id = ${onlyId}` : sql``}
    ORDER BY t.created_at, t.id
    LIMIT ${limit}`,
  claim: ({ id, owner, at, leaseMs }: { id: string; owner: string; at: number; leaseMs: number }, time: TimeParam) => sql`
    INSERT INTO llm_jobs (ticket_id, owner, lease_until, claims, text, resets, updated_at)
    SELECT id, ${owner}, ${time(at + leaseMs)}, 1, '', 0, ${time(at)} FROM tickets WHERE id = ${id} AND status = 'processing'
    ON CONFLICT (ticket_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until,
      claims = llm_jobs.claims + 1, text = '', resets = llm_jobs.resets + 1, updated_at = excluded.updated_at
    WHERE llm_jobs.lease_until < ${time(at)}
    RETURNING ticket_id AS "ticketId", claims`,
  renew: ({ ticketId, owner, until }: { ticketId: string; owner: string; until: number }, time: TimeParam) =>
    sql`UPDATE llm_jobs SET lease_until = ${time(until)} WHERE ticket_id = ${ticketId} AND owner = ${owner}`,
  progress: ({ ticketId, owner, append, reset }: { ticketId: string; owner: string; append: string; reset: boolean }, time: TimeParam) => sql`
    UPDATE llm_jobs SET text = ${reset ? sql`''` : sql`text`} || CAST(${append} AS text), resets = resets + ${reset ? 1 : 0}, updated_at = ${time(Date.now())}
    WHERE ticket_id = ${ticketId} AND owner = ${owner}`,
};

const epochMs: TimeParam = (ms) => sql`${ms}`;

export function claimJobs({
  db,
  owner,
  limit,
  leaseMs,
  now = new Date(),
  onlyId,
}: {
  db: Db;
  owner: string;
  limit: number;
  leaseMs: number;
  now?: Date;
  onlyId?: string;
}): JobClaim[] {
  if (limit <= 0) return [];
  const at = now.getTime();
  const claimed: JobClaim[] = [];
  for (const { id } of db.all<{ id: string }>(jobSql.candidates({ at, limit, onlyId }, epochMs))) {
    const row = db.get<{ ticketId: string; claims: number }>(jobSql.claim({ id, owner, at, leaseMs }, epochMs));
    if (row) claimed.push({ ticketId: row.ticketId, claims: Number(row.claims) });
  }
  return claimed;
}

export function renewJob({ db, ticketId, owner, leaseMs, now = new Date() }: { db: Db; ticketId: string; owner: string; leaseMs: number; now?: Date }): boolean {
  return db.run(jobSql.renew({ ticketId, owner, until: now.getTime() + leaseMs }, epochMs)).changes > 0;
}

export function writeJobProgress({ db, ticketId, owner, append, reset }: { db: Db; ticketId: string; owner: string; append: string; reset: boolean }): boolean {
  return db.run(jobSql.progress({ ticketId, owner, append, reset }, epochMs)).changes > 0;
}

export function readJobProgress({ db, ticketId }: { db: Db; ticketId: string }): JobProgress | null {
  const row = db.get<{ status: TicketStatus; updatedAt: number; text: string | null; resets: number | null }>(sql`
    SELECT t.status AS status, t.updated_at AS updatedAt, j.text AS text, j.resets AS resets
    FROM tickets t LEFT JOIN llm_jobs j ON j.ticket_id = t.id WHERE t.id = ${ticketId}`);
  return row ? { status: row.status, updatedAt: new Date(Number(row.updatedAt)), text: row.text ?? "", resets: Number(row.resets ?? 0) } : null;
}

export function endJob({ db, ticketId }: { db: Db; ticketId: string }): void {
  db.run(sql`DELETE FROM llm_jobs WHERE ticket_id = ${ticketId}`);
}

export function finishJob({ db, ticketId, owner, changes }: { db: Db; ticketId: string; owner: string; changes: TicketChanges }): Ticket | null {
  return db.transaction((tx) => {
    const held = tx.get<{ owner: string }>(sql`SELECT owner FROM llm_jobs WHERE ticket_id = ${ticketId}`);
    if (held?.owner !== owner) return null;
    tx.run(sql`DELETE FROM llm_jobs WHERE ticket_id = ${ticketId}`);
    return updateTicket({ db: tx as unknown as Db, id: ticketId, changes, onlyIfStatus: "processing" });
  });
}
