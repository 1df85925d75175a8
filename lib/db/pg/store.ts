import { sql } from "drizzle-orm";
import { withoutPassword, type Store } from "../store";
import { isPostgresUnavailable, openPostgres, type PgDb } from "./connect";
import { dailyGroupCounts, groupOverview, listTicketGroups } from "./groups";
import { claimJobs, endJob, finishJob, readJobProgress, renewJob, writeJobProgress } from "./jobs";
import { migratePostgres } from "./migrate";
import { hitRateLimit } from "./rate-limits";
import { castSolutionVote, fixRateByCategory, groupSolutionVotes } from "./solution-votes";
import { readStats } from "./stats";
import {
  deleteTicket,
  findBestGroupTicket,
  findReusableLlmTickets,
  getTicket,
  groupStats,
  groupTicketIds,
  insertTicket,
  listProviders,
  listSimilarTickets,
  listTicketIdsByStatus,
  listTickets,
  updateTicket,
} from "./tickets";
import { castVote } from "./votes";

export type PostgresStoreOptions = { url: string; poolMax: number; statementTimeoutMs: number };

/**
 * The shared store: a pg pool per instance. Migrations run (under an advisory lock, once for all
 * instances) before the first query; if PostgreSQL is down then, the next query tries again,
 * so an instance started before its database comes up heals by itself.
 */
export function createPostgresStore({ url, poolMax, statementTimeoutMs }: PostgresStoreOptions): Store {
  const { db, close } = openPostgres({ url, poolMax, statementTimeoutMs });
  let migrated: Promise<void> | null = null;
  const ready = () => {
    if (!migrated) {
      const attempt = migratePostgres({ url });
      migrated = attempt;
      attempt.catch(() => {
        if (migrated === attempt) migrated = null;
      });
    }
    return migrated;
  };
  /** Each method: wait for the migrations, then query. */
  const on =
    <A extends unknown[], R>(query: (db: PgDb, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready();
      return query(db, ...args);
    };

  return {
    dialect: "postgres",
    location: withoutPassword(url),

    insertTicket: on((db, ticket) => insertTicket({ db, ticket })),
    insertTickets: on(async (db, rows) => {
      await db.transaction(async (tx) => {
        for (const ticket of rows) await insertTicket({ db: tx as unknown as PgDb, ticket });
      });
    }),
    getTicket: on((db, id) => getTicket({ db, id })),
    updateTicket: on((db, args) => updateTicket({ db, ...args })),
    deleteTicket: on((db, id) => deleteTicket({ db, id })),
    listTicketIdsByStatus: on((db, status) => listTicketIdsByStatus({ db, status })),
    findReusableLlmTickets: on((db, args) => findReusableLlmTickets({ db, ...args })),

    listTickets: on((db, args) => listTickets({ db, ...args })),
    listTicketGroups: on((db, args) => listTicketGroups({ db, ...args })),
    groupStats: on((db, fingerprints) => groupStats({ db, fingerprints })),
    dailyGroupCounts: on((db, args) => dailyGroupCounts({ db, ...args })),
    listSimilarTickets: on((db, args) => listSimilarTickets({ db, ...args })),
    findBestGroupTicket: on((db, fingerprint) => findBestGroupTicket({ db, fingerprint })),
    groupOverview: on((db, args) => groupOverview({ db, ...args })),
    groupTicketIds: on((db, args) => groupTicketIds({ db, ...args })),
    listProviders: on((db) => listProviders({ db })),
    readStats: on((db, { since }) => readStats({ db, since })),

    castVote: on((db, args) => castVote({ db, ...args })),
    castSolutionVote: on((db, args) => castSolutionVote({ db, ...args })),
    groupSolutionVotes: on((db, fingerprint) => groupSolutionVotes({ db, fingerprint })),
    fixRateByCategory: on((db) => fixRateByCategory({ db })),

    claimJobs: on((db, args) => claimJobs({ db, ...args })),
    renewJob: on((db, args) => renewJob({ db, ...args })),
    writeJobProgress: on((db, args) => writeJobProgress({ db, ...args })),
    readJobProgress: on((db, ticketId) => readJobProgress({ db, ticketId })),
    finishJob: on((db, args) => finishJob({ db, ...args })),
    endJob: on((db, ticketId) => endJob({ db, ticketId })),

    hitRateLimit: on((db, args) => hitRateLimit({ db, ...args })),

    ticketRouteState: on(async (db, id) => {
      const result = await db.execute<{ status: string; version: number }>(
        sql`SELECT status, round(extract(epoch from updated_at) * 1000)::float8 AS version FROM tickets WHERE id = ${id}`,
      );
      const row = result.rows[0];
      return row ? { status: row.status, version: Number(row.version) } : null;
    }),
    writeProblem: async () => {
      try {
        await ready();
        const result = await db.execute<{ readOnly: string }>(sql`SELECT current_setting('transaction_read_only') AS "readOnly"`);
        return result.rows[0]?.readOnly === "on" ? "the server only accepts reads (a standby?)" : null;
      } catch (error) {
        return (error as Error).message || String(error);
      }
    },
    isUnavailable: isPostgresUnavailable,
    close,
  };
}
