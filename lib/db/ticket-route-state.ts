import Database from "better-sqlite3";
import { env } from "@/lib/env";

export type TicketRouteState = { status: string; version: number };

type Row = { status: string; updated_at: number };
const globalForLookup = globalThis as typeof globalThis & { errdocRouteStatement?: Database.Statement<[string], Row> };

/**
 * The proxy asks this on every report-page request, to route final tickets to their cached,
 * versioned page. Its own read-only connection and one prepared statement keep it to microseconds.
 */
export function ticketRouteState(id: string): TicketRouteState | null {
  try {
    if (!globalForLookup.errdocRouteStatement) {
      const db = new Database(env().databasePath, { readonly: true, fileMustExist: true });
      db.pragma("busy_timeout = 5000");
      globalForLookup.errdocRouteStatement = db.prepare<[string], Row>("SELECT status, updated_at FROM tickets WHERE id = ?");
    }
    const row = globalForLookup.errdocRouteStatement.get(id);
    return row ? { status: row.status, version: row.updated_at } : null;
  } catch {
    // No database yet (first start) or a transient error: the live page handles it.
    return null;
  }
}
