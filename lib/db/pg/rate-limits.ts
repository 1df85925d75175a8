import { rateLimitHitSql, rateLimitSweepSql, secondsLeft, sweepDue } from "../rate-limits";
import type { PgDb } from "./connect";

const sweepState = { lastSweep: 0 };

/** lib/db/rate-limits.ts on PostgreSQL: the same single upsert per hit. */
export async function hitRateLimit({ db, key, limit, windowMs, now = Date.now() }: { db: PgDb; key: string; limit: number; windowMs: number; now?: number }): Promise<number | null> {
  if (limit <= 0) return null;
  const result = await db.execute<{ windowStart: string | number; count: number }>(rateLimitHitSql({ key, windowMs, now }));
  if (sweepDue(sweepState, windowMs, now)) await db.execute(rateLimitSweepSql({ windowMs, now }));
  const row = result.rows[0];
  return row && Number(row.count) > limit ? secondsLeft(Number(row.windowStart), windowMs, now) : null;
}
