import { pageCache } from "@/lib/cache/page-cache";
import type { Language } from "@/lib/classifier/schema";
import { getDb, isStorageFailure, storageProblemLine, writeProblemOf } from "@/lib/db/client";
import type { Ticket } from "@/lib/db/schema";
import {
  deleteTicket,
  getTicket,
  findBestGroupTicket,
  groupStats,
  groupTicketIds,
  listProviders,
  listSimilarTickets,
  listTicketIdsByStatus,
  listTickets,
  updateTicket,
  type FingerprintGroup,
} from "@/lib/db/tickets";
import { dailyGroupCounts, groupOverview, listTicketGroups, type TicketGroup } from "@/lib/db/groups";
import { castSolutionVote, fixRateByCategory, groupSolutionVotes } from "@/lib/db/solution-votes";
import { readStats } from "@/lib/db/stats";
import { castVote, REPORT_TARGET, type VoteOutcome } from "@/lib/db/votes";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { RateLimiter } from "@/lib/rate-limit";
import { createDiagnosis, type CreatedDiagnosis } from "./create";
import { LlmJobRunner } from "./llm-jobs";
import { parseListQuery, type ParsedListQuery } from "./list-query";
import { hashOwnerToken, isOwnerToken } from "./owner-token";
import { toListItem } from "./present";
import { ticketIdSchema } from "./schema";

const globalForLimiter = globalThis as typeof globalThis & { errdocLimiter?: RateLimiter };

function limiter(): RateLimiter {
  globalForLimiter.errdocLimiter ??= new RateLimiter(env().rateLimitPerMinute);
  return globalForLimiter.errdocLimiter;
}

/** Counts one create or retry for the client; over the limit, `rate_limited`. */
function countAgainstRateLimit(clientKey: string) {
  const retryAfter = limiter().hit(clientKey);
  if (retryAfter !== null) {
    throw new AppError("rate_limited", `Too many new diagnoses: try again in ${retryAfter} s.`, {
      retryAfterSeconds: retryAfter,
    });
  }
}

/** What a create says when the database refused the write: nothing was saved, and it says so. */
export function storageUnavailable(cause: unknown): AppError {
  console.error(`errdoc: a diagnosis could not be saved to ${env().databasePath}`, cause);
  return new AppError(
    "storage_unavailable",
    "The diagnosis could not be saved: the server's database cannot be written right now. Nothing was stored; keep your text and try again later.",
  );
}

/** The one entry point for new diagnoses from the form and the API. */
export function diagnose({
  input,
  clientKey,
  fallbackLanguage,
}: {
  input: unknown;
  clientKey: string;
  fallbackLanguage?: Language | null;
}): CreatedDiagnosis {
  countAgainstRateLimit(clientKey);
  let created: CreatedDiagnosis;
  try {
    created = createDiagnosis({ db: getDb(), config: env(), input, fallbackLanguage });
  } catch (error) {
    throw isStorageFailure(error) ? storageUnavailable(error) : error;
  }
  if (created.ticket.status === "processing") llmJobs()?.enqueue(created.ticket.id);
  return created;
}

const globalForJobs = globalThis as typeof globalThis & { errdocLlmJobs?: LlmJobRunner };

/** The process-wide LLM job runner, or null when no LLM is configured. */
export function llmJobs(): LlmJobRunner | null {
  const llm = env().llm;
  if (!llm) return null;
  globalForJobs.errdocLlmJobs ??= new LlmJobRunner(getDb(), llm);
  return globalForJobs.errdocLlmJobs;
}

/**
 * Runs the LLM stage again: for a failed ticket, or to regenerate a completed one. Each one is
 * an LLM call the operator pays for, so only the ticket's owner may ask, and it counts against
 * the same rate limit as a create.
 */
export function retryDiagnosis({ id, ownerToken, clientKey }: { id: string; ownerToken: string | null; clientKey: string }): Ticket {
  const ticket = requireTicket(id);
  if (!isOwnerToken({ token: ownerToken, hash: ticket.ownerTokenHash })) {
    throw new AppError("forbidden", "Only the creator of this diagnosis can run the AI report again (owner token missing or wrong).");
  }
  const jobs = llmJobs();
  if (!jobs) throw new AppError("llm_not_configured", "No LLM is configured on this server (set LLM_BASE_URL / LLM_API_KEY).");
  if (ticket.status === "processing") throw new AppError("conflict", "The AI report is still being written.");
  countAgainstRateLimit(clientKey);
  const updated = updateTicket({
    db: getDb(),
    id,
    changes: { status: "processing", error: null, llmAttempts: 0, wantsLlm: true },
    onlyIfStatus: ticket.status,
  });
  if (!updated) throw new AppError("conflict", "The diagnosis changed meanwhile: reload and try again.");
  jobs.enqueue(id);
  return updated;
}

/** At start-up: resume tickets a previous process left processing, or fail them when the LLM is gone. */
export function recoverInterruptedTickets() {
  const jobs = llmJobs();
  if (jobs) return jobs.resumeInterrupted();
  const db = getDb();
  for (const id of listTicketIdsByStatus({ db, status: "processing" })) {
    const ticket = getTicket({ db, id });
    if (!ticket) continue;
    const message =
      ticket.language === "zh"
        ? "服务器已不再配置 LLM，AI 报告无法完成。下方的规则诊断报告仍然有效。"
        : "The server no longer has an LLM configured, so the AI report cannot be written. The rule-based report stands.";
    updateTicket({ db, id, changes: { status: "failed", error: { code: "llm_not_configured", message } }, onlyIfStatus: "processing" });
  }
}

export function findTicket(id: string): Ticket | null {
  if (!ticketIdSchema.safeParse(id).success) return null;
  return getTicket({ db: getDb(), id });
}

export function requireTicket(id: string): Ticket {
  const ticket = findTicket(id);
  if (!ticket) throw new AppError("not_found", "No diagnosis has this id.");
  return ticket;
}

/** Deletes a ticket for its owner; anyone else gets `forbidden`. */
export function deleteDiagnosis({ id, ownerToken }: { id: string; ownerToken: string | null }): void {
  const ticket = requireTicket(id);
  if (!isOwnerToken({ token: ownerToken, hash: ticket.ownerTokenHash })) {
    throw new AppError("forbidden", "Only the creator of this diagnosis can delete it (owner token missing or wrong).");
  }
  deleteTicket({ db: getDb(), id });
  // Its rendered pages go too. (Other instances' copies are unreachable, since their proxy
  // finds no ticket, and expire with the page cache's age limit.)
  pageCache().purgeTicket(id);
}

export type HistoryItem = Ticket & { group: FingerprintGroup | null };

/** One page of listed tickets, each with how often its error was seen. */
export function listHistory(parsed: ParsedListQuery): { items: HistoryItem[]; nextCursor: string | null } {
  const db = getDb();
  const page = listTickets({
    db,
    query: parsed.query.q ?? null,
    filters: parsed.filters,
    cursor: parsed.cursor,
    limit: parsed.query.limit,
  });
  const groups = groupStats({ db, fingerprints: page.items.map((item) => item.fingerprint) });
  return { items: page.items.map((item) => ({ ...item, group: groups.get(item.fingerprint) ?? null })), nextCursor: page.nextCursor };
}

export const SPARKLINE_DAYS = 30;

export type HistoryGroup = TicketGroup & { daily: number[] };

/** One page of error groups (one row per fingerprint), each with its last 30 days per day. */
export function listHistoryGroups(parsed: ParsedListQuery): { items: HistoryGroup[]; nextCursor: string | null; partial: boolean } {
  const db = getDb();
  const page = listTicketGroups({
    db,
    query: parsed.query.q ?? null,
    filters: parsed.filters,
    cursor: parsed.cursor,
    limit: parsed.query.limit,
  });
  const daily = dailyGroupCounts({ db, fingerprints: page.items.map((group) => group.fingerprint), days: SPARKLINE_DAYS });
  return {
    items: page.items.map((group) => ({ ...group, daily: daily.get(group.fingerprint) ?? [] })),
    nextCursor: page.nextCursor,
    partial: page.partial ?? false,
  };
}

/** GET /api/v1/diagnoses (`group=1`: one item per error group, DESIGN.md). */
export function listDiagnoses({ searchParams, origin }: { searchParams: URLSearchParams; origin: string }) {
  const parsed = parseListQuery(searchParams);
  if (parsed.grouped) {
    const groups = listHistoryGroups(parsed);
    return {
      items: groups.items.map((group) => ({
        ...toListItem(group.latest, origin),
        count: group.count,
        firstSeen: group.firstAt.toISOString(),
        lastSeen: group.lastAt.toISOString(),
        latestId: group.latest.id,
        daily: group.daily,
      })),
      nextCursor: groups.nextCursor,
    };
  }
  const { items, nextCursor } = listHistory(parsed);
  return {
    items: items.map((item) => ({
      ...toListItem(item, origin),
      seen: item.group ? { count: item.group.count, firstAt: item.group.firstAt.toISOString(), lastAt: item.group.lastAt.toISOString() } : null,
    })),
    nextCursor,
  };
}

export type Health = { ok: boolean; db: "ok" | "down"; llm: "off" | "configured"; message?: string };

const globalForHealth = globalThis as typeof globalThis & { errdocDbProblem?: string | null };

/** GET /api/health: the database must take a write (a read-only file still answers reads). */
export function checkHealth(): Health {
  let problem: string | null;
  try {
    problem = writeProblemOf(getDb().$client);
  } catch (error) {
    problem = (error as Error).message;
  }
  // Logged when the state changes, not on every poll of a load balancer.
  if (problem !== (globalForHealth.errdocDbProblem ?? null)) {
    if (problem) console.error(`errdoc: health check: ${storageProblemLine(env().databasePath, problem)}`);
    else console.error("errdoc: health check: the database can be written again");
    globalForHealth.errdocDbProblem = problem;
  }
  const llm = env().llm ? "configured" : "off";
  return problem ? { ok: false, db: "down", llm, message: "The database cannot be written." } : { ok: true, db: "ok", llm };
}

/**
 * "Did this fix it?": one vote per client per ticket, which the client may change. `clientKey`
 * is the client's address key (clientKeyFrom); only a hash of it is stored.
 */
export function recordFeedback({ id, isHelpful, clientKey }: { id: string; isHelpful: boolean; clientKey: string }): VoteOutcome {
  const outcome = ticketIdSchema.safeParse(id).success
    ? castVote({ db: getDb(), ticketId: id, target: REPORT_TARGET, voter: voterIdOf(clientKey), value: isHelpful ? 1 : -1 })
    : null;
  if (!outcome) throw new AppError("not_found", "No diagnosis has this id.");
  return outcome;
}

/**
 * "This fixed it" on solution `solution` (1-based) of a ticket's report: one per client per
 * ticket, changeable (voting for another solution moves it). The group's reports order their
 * solutions by these votes, so the group's cached pages are dropped.
 */
export function recordSolutionVote({ id, solution, clientKey }: { id: string; solution: number; clientKey: string }): VoteOutcome {
  const ticket = ticketIdSchema.safeParse(id).success ? findTicket(id) : null;
  if (!ticket) throw new AppError("not_found", "No diagnosis has this id.");
  if (!Number.isInteger(solution) || solution < 1 || solution > ticket.report.solutions.length) {
    throw new AppError("invalid_input", `solution: this report has solutions 1 to ${ticket.report.solutions.length}.`);
  }
  const db = getDb();
  const outcome = castSolutionVote({ db, ticketId: id, solution, voter: voterIdOf(clientKey) });
  if (!outcome) throw new AppError("not_found", "No diagnosis has this id.");
  if (outcome !== "unchanged") {
    pageCache().purgeTicket(id);
    for (const other of groupTicketIds({ db, fingerprint: ticket.fingerprint })) pageCache().purgeTicket(other);
  }
  return outcome;
}

function voterIdOf(clientKey: string): string {
  return hashOwnerToken(`errdoc-voter:${clientKey}`).slice(0, 32);
}

/** What the report page shows beside the ticket itself. */
export function ticketPageData(id: string) {
  const ticket = findTicket(id);
  if (!ticket) return null;
  const db = getDb();
  const similar = listSimilarTickets({ db, ticket, limit: 6 });
  const group = groupStats({ db, fingerprints: [ticket.fingerprint] }).get(ticket.fingerprint) ?? null;
  return { ticket, similar, group, solutionVotes: groupSolutionVotes({ db, fingerprint: ticket.fingerprint }) };
}

/** The group page: its overview (days, providers, languages), the best report (an AI one when there is one, else the latest) and what fixed it. */
export function groupPageData(fingerprint: string) {
  const db = getDb();
  return {
    overview: groupOverview({ db, fingerprint, days: SPARKLINE_DAYS }),
    best: findBestGroupTicket({ db, fingerprint }),
    solutionVotes: groupSolutionVotes({ db, fingerprint }),
  };
}

export function historyProviders(): string[] {
  return listProviders({ db: getDb() });
}

export const STATS_DAYS = 30;

export function statsPageData() {
  const since = new Date(Date.now() - (STATS_DAYS - 1) * 86_400_000);
  since.setUTCHours(0, 0, 0, 0);
  return { stats: readStats({ db: getDb(), since }), since, fixRates: fixRateByCategory({ db: getDb() }) };
}
