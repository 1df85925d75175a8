/**
 * lib/db/jobs.ts on PostgreSQL: the same leases. A claim is one INSERT … ON CONFLICT DO UPDATE
 * … WHERE the lease expired: when two instances race for a ticket, the second waits for the
 * first's row and then finds its lease live, so it gets nothing back.
 */
import { sql } from "drizzle-orm";
import type { Ticket, TicketStatus } from "../schema";
import type { JobClaim, JobProgress, TicketChanges } from "../store";
import type { PgDb } from "./connect";
import { timestampParam, updateTicket } from "./tickets";

export async function claimJobs({
  db,
  owner,
  limit,
  leaseMs,
  now = new Date(),
  onlyId,
}: {
  db: PgDb;
  owner: string;
  limit: number;
  leaseMs: number;
  now?: Date;
  onlyId?: string;
}): Promise<JobClaim[]> {
  if (limit <= 0) return [];
  const at = timestampParam(now.getTime());
  const until = timestampParam(now.getTime() + leaseMs);
  const candidates = await db.execute<{ id: string }>(sql`
    SELECT t.id AS id FROM tickets t LEFT JOIN llm_jobs j ON j.ticket_id = t.id
    WHERE t.status = 'processing' AND (j.ticket_id IS NULL OR j.lease_until < ${at})
      ${onlyId ? sql`AND t.id = ${onlyId}` : sql``}
    ORDER BY t.created_at, t.id
    LIMIT ${limit}`);
  const claimed: JobClaim[] = [];
  for (const { id } of candidates.rows) {
    const result = await db.execute<{ ticketId: string; claims: number }>(sql`
      INSERT INTO llm_jobs (ticket_id, owner, lease_until, claims, text, resets, updated_at)
      SELECT id, ${owner}, ${until}, 1, '', 0, ${at} FROM tickets WHERE id = ${id} AND status = 'processing'
      ON CONFLICT (ticket_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until,
        claims = llm_jobs.claims + 1, text = '', resets = llm_jobs.resets + 1, updated_at = excluded.updated_at
      WHERE llm_jobs.lease_until < ${at}
      RETURNING ticket_id AS "ticketId", claims`);
    const row = result.rows[0];
    if (row) claimed.push({ ticketId: row.ticketId, claims: Number(row.claims) });
  }
  return claimed;
}

export async function renewJob({ db, ticketId, owner, leaseMs, now = new Date() }: { db: PgDb; ticketId: string; owner: string; leaseMs: number; now?: Date }): Promise<boolean> {
  const result = await db.execute(sql`UPDATE llm_jobs SET lease_until = ${timestampParam(now.getTime() + leaseMs)} WHERE ticket_id = ${ticketId} AND owner = ${owner}`);
  return (result.rowCount ?? 0) > 0;
}

export async function writeJobProgress({ db, ticketId, owner, append, reset }: { db: PgDb; ticketId: string; owner: string; append: string; reset: boolean }): Promise<boolean> {
  const result = await db.execute(sql`
    UPDATE llm_jobs SET text = ${reset ? sql`''` : sql`text`} || ${append}::text, resets = resets + ${reset ? 1 : 0}, updated_at = now()
    WHERE ticket_id = ${ticketId} AND owner = ${owner}`);
  return (result.rowCount ?? 0) > 0;
}

export async function readJobProgress({ db, ticketId }: { db: PgDb; ticketId: string }): Promise<JobProgress | null> {
  const result = await db.execute<{ status: TicketStatus; updatedAt: number; text: string | null; resets: number | null }>(sql`
    SELECT t.status AS status, round(extract(epoch from t.updated_at) * 1000)::float8 AS "updatedAt", j.text AS text, j.resets AS resets
    FROM tickets t LEFT JOIN llm_jobs j ON j.ticket_id = t.id WHERE t.id = ${ticketId}`);
  const row = result.rows[0];
  return row ? { status: row.status, updatedAt: new Date(Number(row.updatedAt)), text: row.text ?? "", resets: Number(row.resets ?? 0) } : null;
}

export async function finishJob({ db, ticketId, owner, changes }: { db: PgDb; ticketId: string; owner: string; changes: TicketChanges }): Promise<Ticket | null> {
  return db.transaction(async (tx) => {
    // The row lock keeps a takeover from slipping in between the check and the save.
    const held = await tx.execute<{ owner: string }>(sql`SELECT owner FROM llm_jobs WHERE ticket_id = ${ticketId} FOR UPDATE`);
    if (held.rows[0]?.owner !== owner) return null;
    await tx.execute(sql`DELETE FROM llm_jobs WHERE ticket_id = ${ticketId}`);
    return updateTicket({ db: tx as unknown as PgDb, id: ticketId, changes, onlyIfStatus: "processing" });
  });
}

export async function endJob({ db, ticketId }: { db: PgDb; ticketId: string }): Promise<void> {
  await db.execute(sql`DELETE FROM llm_jobs WHERE ticket_id = ${ticketId}`);
}
