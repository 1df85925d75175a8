/**
 * PostgreSQL connection: a pg.Pool wrapped by drizzle's node-postgres driver. The pool outlives
 * database restarts: a broken idle connection is dropped with a logged `error` event (an
 * unhandled one would crash the process), and the next query opens a new one.
 */
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export type PostgresOptions = {
  url: string;
  /** Connections per process (DATABASE_POOL_MAX). */
  poolMax?: number;
  /** Each statement's limit (DATABASE_STATEMENT_TIMEOUT_MS), set on every connection; 0 = none. */
  statementTimeoutMs?: number;
  /** How long a query waits for a connection (a new one or a free one of the pool). */
  connectTimeoutMs?: number;
  /** Where pool errors go (default console.error). */
  log?: (message: string) => void;
};

export type PostgresHandle = { db: PgDb; close: () => Promise<void> };

export function openPostgres({
  url,
  poolMax = 10,
  statementTimeoutMs = 15_000,
  connectTimeoutMs = 5_000,
  log = (message) => console.error(message),
}: PostgresOptions): PostgresHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // Sent in each connection's startup packet: the server enforces it for every statement.
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    application_name: "errdoc",
  });
  // A connection the server drops (restart, failover, pg_terminate_backend) is reported as an
  // `error` event, and an EventEmitter's error with no listener ends the process. pg-pool
  // forwards an idle client's error to the pool, but not while the client is checked out (a
  // transaction between two statements): so each client gets its own listener too. Only code
  // and message are logged: pg-pool attaches the client, whose parameters hold the password.
  let closing = false;
  const lost = (error: Error) => {
    if (!closing) log(`errdoc: PostgreSQL connection lost (${describePgError(error)}); the pool reconnects on the next query`);
  };
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  const db = drizzle({ client: pool, schema }) as PgDb;
  let closed: Promise<void> | null = null;
  return {
    db,
    close: () => {
      closing = true;
      return (closed ??= pool.end());
    },
  };
}

const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown: the server is shutting down or the connection was terminated
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or in recovery
  "53300", // too_many_connections
]);

const UNAVAILABLE_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND", "ECONNABORTED"]);

// node-postgres says these in words, without a code.
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i, // "Connection terminated unexpectedly", "… due to connection timeout"
  /timeout exceeded when trying to connect/i, // the pool's connectionTimeoutMillis
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** The errors themselves, drizzle's wrapper (DrizzleQueryError) first and its causes after. */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && typeof e === "object" && chain.length < 5 && !chain.includes(e); e = (e as { cause?: unknown }).cause) {
    chain.push(e);
    if (e instanceof AggregateError) chain.push(...e.errors);
  }
  return chain;
}

/**
 * Whether an error means "PostgreSQL cannot be reached right now" (refused, reset, restarting,
 * shutting down, a connection or pool timeout, SQLSTATE class 08), as opposed to a bad query:
 * the caller answers 503 and the pool recovers when the server is back.
 */
export function isPostgresUnavailable(error: unknown): boolean {
  return errorChain(error).some((e) => {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
    return typeof message === "string" && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
  });
}

function describePgError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(" ") || String(error);
}
