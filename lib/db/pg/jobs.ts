/** lib/db/jobs.ts on PostgreSQL: the same lease statements (jobSql), with timestamptz instants. */
import { sql } from "drizzle-orm";
import type { Ticket, TicketStatus } from "../schema";
import type { JobClaim, JobProgress, TicketChanges } from "../store";
import { jobSql } from "../jobs";
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
  const at = now.getTime();
  const candidates = await db.execute<{ id: string }>(jobSql.candidates({ at, limit, onlyId }, timestampParam));
  const claimed: JobClaim[] = [];
  for (const { id } of candidates.rows) {
    const result = await db.execute<{ ticketId: string; claims: number }>(jobSql.claim({ id, owner, at, leaseMs }, timestampParam));
    const row = result.rows[0];
    if (row) claimed.push({ ticketId: row.ticketId, claims: Number(row.claims) });
  }
  return claimed;
}

export async function renewJob({ db, ticketId, owner, leaseMs, now = new Date() }: { db: PgDb; ticketId: string; owner: string; leaseMs: number; now?: Date }): Promise<boolean> {
  const result = await db.execute(jobSql.renew({ ticketId, owner, until: now.getTime() + leaseMs }, timestampParam));
  return (result.rowCount ?? 0) > 0;
}

export async function writeJobProgress({ db, ticketId, owner, append, reset }: { db: PgDb; ticketId: string; owner: string; append: string; reset: boolean }): Promise<boolean> {
  const result = await db.execute(jobSql.progress({ ticketId, owner, append, reset }, timestampParam));
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
