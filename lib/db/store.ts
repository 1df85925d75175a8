import type { GroupOverview, TicketGroupPage } from "./groups";
import type { NewTicket, Ticket, TicketStatus } from "./schema";
import type { GroupSolutionVotes, CategoryFixRate } from "./solution-votes";
import type { Stats } from "./stats";
import type { FingerprintGroup, ListArgs, TicketPage } from "./tickets";
import type { VoteOutcome, VoteValue } from "./votes";

/** A keyset-paged list request, flat or grouped (ListArgs without the connection). */
export type ListRequest = Omit<ListArgs, "db">;

export type TicketChanges = Partial<Omit<NewTicket, "id" | "createdAt">>;

export type TicketRouteState = { status: string; version: number };

/** An LLM job's lease and the text streamed so far by its current attempt (see lib/tickets/llm-jobs.ts). */
export type JobClaim = {
  ticketId: string;
  /** How many times this run of the ticket has been claimed: above 1, earlier holders died. */
  claims: number;
};

export type JobProgress = {
  status: TicketStatus;
  updatedAt: Date;
  /** The running attempt's text so far ("" when no job row exists). */
  text: string;
  /** Bumped each time an attempt's text is thrown away (a retry streams again). */
  resets: number;
};

/**
 * Everything errdoc reads and writes, whatever the database: SQLite through better-sqlite3
 * (lib/db/sqlite-store.ts) or PostgreSQL through pg (lib/db/pg/store.ts). All async so the two
 * adapters share one shape; the SQLite one runs synchronously underneath.
 */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Where the data lives, for log lines (a path or a URL without its password). */
  readonly location: string;

  insertTicket(ticket: NewTicket): Promise<Ticket>;
  /** Many at once, in one transaction (seeding, imports). */
  insertTickets(tickets: NewTicket[]): Promise<void>;
  getTicket(id: string): Promise<Ticket | null>;
  /** `onlyIfStatus`: compare-and-set, applied only while the ticket still has that status. */
  updateTicket(args: { id: string; changes: TicketChanges; onlyIfStatus?: TicketStatus }): Promise<Ticket | null>;
  deleteTicket(id: string): Promise<boolean>;
  listTicketIdsByStatus(status: TicketStatus): Promise<string[]>;
  findReusableLlmTickets(args: { fingerprint: string; language: string; excludeId?: string; limit?: number }): Promise<Ticket[]>;

  listTickets(args: ListRequest): Promise<TicketPage>;
  listTicketGroups(args: ListRequest): Promise<TicketGroupPage>;
  groupStats(fingerprints: string[]): Promise<Map<string, FingerprintGroup>>;
  dailyGroupCounts(args: { fingerprints: string[]; days?: number; now?: Date }): Promise<Map<string, number[]>>;
  listSimilarTickets(args: { ticket: Ticket; limit: number }): Promise<Ticket[]>;
  findBestGroupTicket(fingerprint: string): Promise<Ticket | null>;
  /** The group page's totals, days chart, providers and languages; null when no listed ticket has it. */
  groupOverview(args: { fingerprint: string; days?: number; now?: Date }): Promise<GroupOverview | null>;
  groupTicketIds(args: { fingerprint: string; limit?: number }): Promise<string[]>;
  listProviders(): Promise<string[]>;
  readStats(args: { since: Date }): Promise<Stats>;

  castVote(args: { ticketId: string; target: string; voter: string; value: VoteValue; now?: Date }): Promise<VoteOutcome | null>;
  castSolutionVote(args: { ticketId: string; solution: number; voter: string; now?: Date }): Promise<VoteOutcome | null>;
  groupSolutionVotes(fingerprint: string): Promise<GroupSolutionVotes>;
  fixRateByCategory(): Promise<CategoryFixRate[]>;

  /**
   * Claims up to `limit` processing tickets whose job is unclaimed or whose lease expired,
   * oldest first, for `owner` until `leaseMs` from `now`. Atomic: two instances never get the
   * same ticket. `onlyId` claims that ticket alone (the instance that created it, at once).
   */
  claimJobs(args: { owner: string; limit: number; leaseMs: number; now?: Date; onlyId?: string }): Promise<JobClaim[]>;
  /** Extends `owner`'s lease; false when it is no longer theirs (expired and taken over). */
  renewJob(args: { ticketId: string; owner: string; leaseMs: number; now?: Date }): Promise<boolean>;
  /** Appends streamed text to `owner`'s job, or throws it away first (`reset`); false when not theirs. */
  writeJobProgress(args: { ticketId: string; owner: string; append: string; reset: boolean }): Promise<boolean>;
  /** The ticket's status and its job's text so far, for /events on any instance. */
  readJobProgress(ticketId: string): Promise<JobProgress | null>;
  /**
   * Saves a run's outcome on the ticket and drops the job row, only while `owner` still holds
   * the lease and the ticket is processing: an instance that lost its lease never overwrites
   * the one that took over. Null when not saved.
   */
  finishJob(args: { ticketId: string; owner: string; changes: TicketChanges }): Promise<Ticket | null>;
  /** Drops a ticket's job row (a retry starts a fresh run, or the ticket was not processing). */
  endJob(ticketId: string): Promise<void>;

  /**
   * Counts one hit for `key` in the current fixed window of `windowMs`; returns null when
   * allowed, else the seconds until the window ends. Shared by every instance on the database.
   */
  hitRateLimit(args: { key: string; limit: number; windowMs: number; now?: number }): Promise<number | null>;

  /** The proxy's lookup on every report-page request: status and version (updated_at ms). */
  ticketRouteState(id: string): Promise<TicketRouteState | null>;
  /** Null when the database takes a write, else why not (the health check, the start-up check). */
  writeProblem(): Promise<string | null>;
  /** Whether an error means the database itself is unreachable or broken (503, not 500). */
  isUnavailable(error: unknown): boolean;
  close(): Promise<void>;
}

/** A connection URL without its password, for log lines. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the configured DATABASE_URL";
  }
}
