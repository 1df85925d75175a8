import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./client";

/** Seconds from `now` until the window that started at `windowStart` ends (at least 1). */
export function secondsLeft(windowStart: number, windowMs: number, now: number): number {
  return Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
}

/**
 * One hit for `key`, as a single upsert both engines run atomically: a key's window starts at
 * its first hit and lasts `windowMs`; a hit after that starts a new window at 1. Returns the
 * window's start and the count including this hit.
 */
export function rateLimitHitSql({ key, windowMs, now }: { key: string; windowMs: number; now: number }): SQL {
  const expired = sql`rate_limits.window_start <= ${now - windowMs}`;
  return sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN ${expired} THEN excluded.window_start ELSE rate_limits.window_start END,
      count = CASE WHEN ${expired} THEN 1 ELSE rate_limits.count + 1 END
    RETURNING window_start AS "windowStart", count`;
}

/** Keys whose window ended: deleted now and then, so the table holds only recent clients. */
export function rateLimitSweepSql({ windowMs, now }: { windowMs: number; now: number }): SQL {
  return sql`DELETE FROM rate_limits WHERE window_start <= ${now - windowMs}`;
}

/** Whether this process should sweep now (at most once a window). */
export function sweepDue(state: { lastSweep: number }, windowMs: number, now: number): boolean {
  if (now - state.lastSweep < windowMs) return false;
  state.lastSweep = now;
  return true;
}

const sweepState = { lastSweep: 0 };

/**
 * Counts one hit for `key` on SQLite (the PostgreSQL twin is lib/db/pg/rate-limits.ts), so
 * concurrent instances never lose a hit. Null when allowed, else the seconds to wait.
 */
export function hitRateLimit({ db, key, limit, windowMs, now = Date.now() }: { db: Db; key: string; limit: number; windowMs: number; now?: number }): number | null {
  if (limit <= 0) return null;
  const row = db.get<{ windowStart: number; count: number }>(rateLimitHitSql({ key, windowMs, now }));
  if (sweepDue(sweepState, windowMs, now)) db.run(rateLimitSweepSql({ windowMs, now }));
  return row && Number(row.count) > limit ? secondsLeft(Number(row.windowStart), windowMs, now) : null;
}
