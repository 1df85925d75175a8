import { sql } from "drizzle-orm";
import type { Db } from "./client";
import type { Ticket, TicketStatus } from "./schema";
import type { JobClaim, JobProgress, TicketChanges } from "./store";
import { updateTicket } from "./tickets";

/**
 * LLM job leases on SQLite (the PostgreSQL twin is lib/db/pg/jobs.ts). A claim is one upsert:
 * it inserts the job row, or takes over a row whose lease has expired; SQLite's single writer
 * makes it atomic across processes sharing the file.
 */
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
  const candidates = db.all<{ id: string }>(sql`
    SELECT t.id AS id FROM tickets t LEFT JOIN llm_jobs j ON j.ticket_id = t.id
    WHERE t.status = 'processing' AND (j.ticket_id IS NULL OR j.lease_until < ${at})
      ${onlyId ? sql`AND t.id = ${onlyId}` : sql``}
    ORDER BY t.created_at, t.id
    LIMIT ${limit}`);
  const claimed: JobClaim[] = [];
  for (const { id } of candidates) {
    const row = db.get<{ ticketId: string; claims: number }>(sql`
      INSERT INTO llm_jobs (ticket_id, owner, lease_until, claims, text, resets, updated_at)
      SELECT id, ${owner}, ${at + leaseMs}, 1, '', 0, ${at} FROM tickets WHERE id = ${id} AND status = 'processing'
      ON CONFLICT (ticket_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until,
        claims = llm_jobs.claims + 1, text = '', resets = llm_jobs.resets + 1, updated_at = excluded.updated_at
      WHERE llm_jobs.lease_until < ${at}
      RETURNING ticket_id AS ticketId, claims`);
    if (row) claimed.push({ ticketId: row.ticketId, claims: Number(row.claims) });
  }
  return claimed;
}

export function renewJob({ db, ticketId, owner, leaseMs, now = new Date() }: { db: Db; ticketId: string; owner: string; leaseMs: number; now?: Date }): boolean {
  return db.run(sql`UPDATE llm_jobs SET lease_until = ${now.getTime() + leaseMs} WHERE ticket_id = ${ticketId} AND owner = ${owner}`).changes > 0;
}

export function writeJobProgress({ db, ticketId, owner, append, reset }: { db: Db; ticketId: string; owner: string; append: string; reset: boolean }): boolean {
  return (
    db.run(sql`
      UPDATE llm_jobs SET text = ${reset ? sql`''` : sql`text`} || ${append}, resets = resets + ${reset ? 1 : 0}, updated_at = ${Date.now()}
      WHERE ticket_id = ${ticketId} AND owner = ${owner}`).changes > 0
  );
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
