import path from "node:path";
import Database from "better-sqlite3";
import { isStorageFailure, openDb, writeProblemOf, type Db } from "./client";
import { dailyGroupCounts, groupOverview, listTicketGroups } from "./groups";
import { claimJobs, endJob, finishJob, readJobProgress, renewJob, writeJobProgress } from "./jobs";
import { hitRateLimit } from "./rate-limits";
import { castSolutionVote, fixRateByCategory, groupSolutionVotes } from "./solution-votes";
import { readStats } from "./stats";
import type { Store, TicketRouteState } from "./store";
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

/**
 * The embedded store: one better-sqlite3 connection (WAL, so other processes on the same file
 * read while one writes). Every method runs synchronously and resolves at once.
 */
export function createSqliteStore(databasePath: string, db: Db = openDb(databasePath)): Store {
  let routeStatement: Database.Statement<[string], { status: string; updated_at: number }> | null = null;
  return {
    dialect: "sqlite",
    location: databasePath === ":memory:" ? databasePath : path.resolve(databasePath),

    insertTicket: async (ticket) => insertTicket({ db, ticket }),
    insertTickets: async (rows) => {
      db.transaction((tx) => {
        for (const ticket of rows) insertTicket({ db: tx as unknown as Db, ticket });
      });
    },
    getTicket: async (id) => getTicket({ db, id }),
    updateTicket: async (args) => updateTicket({ db, ...args }),
    deleteTicket: async (id) => deleteTicket({ db, id }),
    listTicketIdsByStatus: async (status) => listTicketIdsByStatus({ db, status }),
    findReusableLlmTickets: async (args) => findReusableLlmTickets({ db, ...args }),

    listTickets: async (args) => listTickets({ db, ...args }),
    listTicketGroups: async (args) => listTicketGroups({ db, ...args }),
    groupStats: async (fingerprints) => groupStats({ db, fingerprints }),
    dailyGroupCounts: async (args) => dailyGroupCounts({ db, ...args }),
    listSimilarTickets: async (args) => listSimilarTickets({ db, ...args }),
    findBestGroupTicket: async (fingerprint) => findBestGroupTicket({ db, fingerprint }),
    groupOverview: async (args) => groupOverview({ db, ...args }),
    groupTicketIds: async (args) => groupTicketIds({ db, ...args }),
    listProviders: async () => listProviders({ db }),
    readStats: async ({ since }) => readStats({ db, since }),

    castVote: async (args) => castVote({ db, ...args }),
    castSolutionVote: async (args) => castSolutionVote({ db, ...args }),
    groupSolutionVotes: async (fingerprint) => groupSolutionVotes({ db, fingerprint }),
    fixRateByCategory: async () => fixRateByCategory({ db }),

    claimJobs: async (args) => claimJobs({ db, ...args }),
    renewJob: async (args) => renewJob({ db, ...args }),
    writeJobProgress: async (args) => writeJobProgress({ db, ...args }),
    readJobProgress: async (ticketId) => readJobProgress({ db, ticketId }),
    finishJob: async (args) => finishJob({ db, ...args }),
    endJob: async (ticketId) => endJob({ db, ticketId }),

    hitRateLimit: async (args) => hitRateLimit({ db, ...args }),

    // Its own read-only connection and one prepared statement keep the proxy's lookup to
    // microseconds; a missing file (first start) or a transient error routes to the live page.
    ticketRouteState: async (id): Promise<TicketRouteState | null> => {
      try {
        if (!routeStatement) {
          const reader = databasePath === ":memory:" ? db.$client : new Database(databasePath, { readonly: true, fileMustExist: true });
          reader.pragma("busy_timeout = 5000");
          routeStatement = reader.prepare<[string], { status: string; updated_at: number }>("SELECT status, updated_at FROM tickets WHERE id = ?");
        }
        const row = routeStatement.get(id);
        return row ? { status: row.status, version: row.updated_at } : null;
      } catch {
        return null;
      }
    },
    writeProblem: async () => {
      try {
        return writeProblemOf(db.$client);
      } catch (error) {
        return (error as Error).message;
      }
    },
    isUnavailable: isStorageFailure,
    close: async () => {
      routeStatement = null;
      db.$client.close();
    },
  };
}
