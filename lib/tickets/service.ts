import { pageCache } from "@/lib/cache/page-cache";
import type { Language } from "@/lib/classifier/schema";
import { storageProblemLine } from "@/lib/db/client";
import type { Ticket } from "@/lib/db/schema";
import type { Store } from "@/lib/db/store";
import type { FingerprintGroup } from "@/lib/db/tickets";
import type { TicketGroup } from "@/lib/db/groups";
import { REPORT_TARGET, type VoteOutcome } from "@/lib/db/votes";
import { AppError, isAppError } from "@/lib/errors";
import { appContext, type AppContext } from "@/lib/server/context";
import { noteStoreAvailable, noteStoreUnavailable } from "@/lib/server/outage";
import { createDiagnosis, type CreatedDiagnosis } from "./create";
import { parseListQuery, type ParsedListQuery } from "./list-query";
import { hashOwnerToken, isOwnerToken } from "./owner-token";
import { toListItem } from "./present";
import { ticketIdSchema } from "./schema";

const RATE_WINDOW_MS = 60_000;

/**
 * Runs `work` on the process's context. A database that cannot be reached or written (a
 * PostgreSQL restart, a read-only SQLite file) becomes `storage_unavailable` (503, a friendly
 * page) instead of an internal error; everything else passes through.
 */
async function withStore<T>(work: (context: AppContext) => Promise<T>, { writes = false } = {}): Promise<T> {
  let context: AppContext;
  try {
    context = await appContext();
  } catch (error) {
    throw storageUnavailable(error, null, writes);
  }
  try {
    const result = await work(context);
    noteStoreAvailable();
    return result;
  } catch (error) {
    if (!isAppError(error) && context.store.isUnavailable(error)) {
      noteStoreUnavailable(context.store);
      throw storageUnavailable(error, context.store, writes);
    }
    throw error;
  }
}

/** Counts one create or retry for the client, across every instance; over the limit, `rate_limited`. */
async function countAgainstRateLimit({ store, env }: AppContext, clientKey: string) {
  const retryAfter = await store.hitRateLimit({ key: clientKey, limit: env.rateLimitPerMinute, windowMs: RATE_WINDOW_MS });
  if (retryAfter !== null) {
    throw new AppError("rate_limited", `Too many new diagnoses: try again in ${retryAfter} s.`, {
      retryAfterSeconds: retryAfter,
    });
  }
}

/** What a request says when the database refused it: for a write, that nothing was saved. */
export function storageUnavailable(cause: unknown, store: Store | null, writes: boolean): AppError {
  console.error(`errdoc: the database${store ? ` (${store.location})` : ""} cannot be used right now`, cause);
  return new AppError(
    "storage_unavailable",
    writes
      ? "The diagnosis could not be saved: the server's database cannot be reached or written right now. Nothing was stored; keep your text and try again in a moment."
      : "The server's database cannot be reached right now. Try again in a moment.",
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
}): Promise<CreatedDiagnosis> {
  return withStore(async (context) => {
    await countAgainstRateLimit(context, clientKey);
    const created = await createDiagnosis({ store: context.store, config: context.env, input, fallbackLanguage });
    if (created.ticket.status === "processing") context.jobs?.enqueue(created.ticket.id);
    return created;
  }, { writes: true });
}

/**
 * Runs the LLM stage again: for a failed ticket, or to regenerate a completed one. Each one is
 * an LLM call the operator pays for, so only the ticket's owner may ask, and it counts against
 * the same rate limit as a create.
 */
export function retryDiagnosis({ id, ownerToken, clientKey }: { id: string; ownerToken: string | null; clientKey: string }): Promise<Ticket> {
  return withStore(async (context) => {
    const ticket = await requireTicketIn(context.store, id);
    if (!isOwnerToken({ token: ownerToken, hash: ticket.ownerTokenHash })) {
      throw new AppError("forbidden", "Only the creator of this diagnosis can run the AI report again (owner token missing or wrong).");
    }
    const { jobs, store } = context;
    if (!jobs) throw new AppError("llm_not_configured", "No LLM is configured on this server (set LLM_BASE_URL / LLM_API_KEY).");
    if (ticket.status === "processing") throw new AppError("conflict", "The AI report is still being written.");
    await countAgainstRateLimit(context, clientKey);
    // A job row left by a run that ended uncleanly would otherwise count against this one.
    await store.endJob(id);
    const updated = await store.updateTicket({
      id,
      changes: { status: "processing", error: null, llmAttempts: 0, wantsLlm: true },
      onlyIfStatus: ticket.status,
    });
    if (!updated) throw new AppError("conflict", "The diagnosis changed meanwhile: reload and try again.");
    jobs.enqueue(id);
    return updated;
  }, { writes: true });
}

/**
 * At start-up: with an LLM, start taking jobs (unclaimed ones, and those whose lease expired:
 * never one another instance is running). Without one, tickets left processing cannot finish:
 * fail those nobody holds.
 */
export async function startJobs(context: AppContext) {
  if (context.jobs) return context.jobs.start();
  const { store } = context;
  for (const id of await store.listTicketIdsByStatus("processing")) {
    const ticket = await store.getTicket(id);
    if (!ticket) continue;
    const message =
      ticket.language === "zh"
        ? "服务器已不再配置 LLM，AI 报告无法完成。下方的规则诊断报告仍然有效。"
        : "The server no longer has an LLM configured, so the AI report cannot be written. The rule-based report stands.";
    await store.updateTicket({ id, changes: { status: "failed", error: { code: "llm_not_configured", message } }, onlyIfStatus: "processing" });
  }
}

async function requireTicketIn(store: Store, id: string): Promise<Ticket> {
  const ticket = ticketIdSchema.safeParse(id).success ? await store.getTicket(id) : null;
  if (!ticket) throw new AppError("not_found", "No diagnosis has this id.");
  return ticket;
}

export function findTicket(id: string): Promise<Ticket | null> {
  if (!ticketIdSchema.safeParse(id).success) return Promise.resolve(null);
  return withStore(({ store }) => store.getTicket(id));
}

export function requireTicket(id: string): Promise<Ticket> {
  return withStore(({ store }) => requireTicketIn(store, id));
}

/** Deletes a ticket for its owner; anyone else gets `forbidden`. */
export function deleteDiagnosis({ id, ownerToken }: { id: string; ownerToken: string | null }): Promise<void> {
  return withStore(async ({ store }) => {
    const ticket = await requireTicketIn(store, id);
    if (!isOwnerToken({ token: ownerToken, hash: ticket.ownerTokenHash })) {
      throw new AppError("forbidden", "Only the creator of this diagnosis can delete it (owner token missing or wrong).");
    }
    await store.deleteTicket(id);
    // Its rendered pages go too. (Other instances' copies are unreachable, since their proxy
    // finds no ticket, and expire with the page cache's age limit.)
    pageCache().purgeTicket(id);
  }, { writes: true });
}

export type HistoryItem = Ticket & { group: FingerprintGroup | null };

/** One page of listed tickets, each with how often its error was seen. */
export function listHistory(parsed: ParsedListQuery): Promise<{ items: HistoryItem[]; nextCursor: string | null }> {
  return withStore(async ({ store }) => {
    const page = await store.listTickets({
      query: parsed.query.q ?? null,
      filters: parsed.filters,
      cursor: parsed.cursor,
      limit: parsed.query.limit,
    });
    const groups = await store.groupStats(page.items.map((item) => item.fingerprint));
    return { items: page.items.map((item) => ({ ...item, group: groups.get(item.fingerprint) ?? null })), nextCursor: page.nextCursor };
  });
}

export const SPARKLINE_DAYS = 30;

export type HistoryGroup = TicketGroup & { daily: number[] };

/** One page of error groups (one row per fingerprint), each with its last 30 days per day. */
export function listHistoryGroups(parsed: ParsedListQuery): Promise<{ items: HistoryGroup[]; nextCursor: string | null; partial: boolean }> {
  return withStore(async ({ store }) => {
    const page = await store.listTicketGroups({
      query: parsed.query.q ?? null,
      filters: parsed.filters,
      cursor: parsed.cursor,
      limit: parsed.query.limit,
    });
    const daily = await store.dailyGroupCounts({ fingerprints: page.items.map((group) => group.fingerprint), days: SPARKLINE_DAYS });
    return {
      items: page.items.map((group) => ({ ...group, daily: daily.get(group.fingerprint) ?? [] })),
      nextCursor: page.nextCursor,
      partial: page.partial ?? false,
    };
  });
}

/** GET /api/v1/diagnoses (`group=1`: one item per error group, DESIGN.md). */
export async function listDiagnoses({ searchParams, origin }: { searchParams: URLSearchParams; origin: string }) {
  const parsed = parseListQuery(searchParams);
  if (parsed.grouped) {
    const groups = await listHistoryGroups(parsed);
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
      // A broad search groups only its newest matches (lib/db/groups.ts): say so, as the page does.
      ...(groups.partial ? { partial: true } : {}),
    };
  }
  const { items, nextCursor } = await listHistory(parsed);
  return {
    items: items.map((item) => ({
      ...toListItem(item, origin),
      seen: item.group ? { count: item.group.count, firstAt: item.group.firstAt.toISOString(), lastAt: item.group.lastAt.toISOString() } : null,
    })),
    nextCursor,
  };
}

export type Health = { ok: boolean; db: "ok" | "down"; llm: "off" | "configured"; message?: string };

const lastHealth = { problem: null as string | null };

/** The log line for a database that cannot be used, naming where it is and what to check. */
export function databaseProblemLine(store: Pick<Store, "dialect" | "location">, reason: string): string {
  if (store.dialect === "sqlite") return storageProblemLine(store.location, reason);
  return `errdoc: the PostgreSQL database ${store.location} cannot be used (${reason.replace(/\s+/g, " ").trim()}): check that the server is running and reachable, and that DATABASE_URL's user may write to it`;
}

/** GET /api/health: the database must take a write (a read-only file still answers reads). */
export async function checkHealth(): Promise<Health> {
  let problem: string | null;
  let context: AppContext | null = null;
  try {
    context = await appContext();
    problem = await context.store.writeProblem();
    if (problem) noteStoreUnavailable(context.store);
    else noteStoreAvailable();
  } catch (error) {
    problem = (error as Error).message || String(error);
  }
  // Logged when the state changes, not on every poll of a load balancer.
  if (problem !== lastHealth.problem) {
    if (problem) console.error(`errdoc: health check: ${context ? databaseProblemLine(context.store, problem) : problem}`);
    else if (lastHealth.problem) console.error("errdoc: health check: the database can be written again");
    lastHealth.problem = problem;
  }
  const llm = context?.env.llm ? "configured" : "off";
  return problem ? { ok: false, db: "down", llm, message: "The database cannot be written." } : { ok: true, db: "ok", llm };
}

/**
 * "Did this fix it?": one vote per client per ticket, which the client may change. `clientKey`
 * is the client's address key (clientKeyFrom); only a hash of it is stored.
 */
export function recordFeedback({ id, isHelpful, clientKey }: { id: string; isHelpful: boolean; clientKey: string }): Promise<VoteOutcome> {
  return withStore(async ({ store }) => {
    const outcome = ticketIdSchema.safeParse(id).success
      ? await store.castVote({ ticketId: id, target: REPORT_TARGET, voter: voterIdOf(clientKey), value: isHelpful ? 1 : -1 })
      : null;
    if (!outcome) throw new AppError("not_found", "No diagnosis has this id.");
    return outcome;
  }, { writes: true });
}

/**
 * "This fixed it" on solution `solution` (1-based) of a ticket's report: one per client per
 * ticket, changeable (voting for another solution moves it). The group's reports order their
 * solutions by these votes, so the group's cached pages are dropped.
 */
export function recordSolutionVote({ id, solution, clientKey }: { id: string; solution: number; clientKey: string }): Promise<VoteOutcome> {
  return withStore(async ({ store }) => {
    const ticket = await requireTicketIn(store, id);
    if (!Number.isInteger(solution) || solution < 1 || solution > ticket.report.solutions.length) {
      throw new AppError("invalid_input", `solution: this report has solutions 1 to ${ticket.report.solutions.length}.`);
    }
    const outcome = await store.castSolutionVote({ ticketId: id, solution, voter: voterIdOf(clientKey) });
    if (!outcome) throw new AppError("not_found", "No diagnosis has this id.");
    if (outcome !== "unchanged") {
      pageCache().purgeTicket(id);
      for (const other of await store.groupTicketIds({ fingerprint: ticket.fingerprint })) pageCache().purgeTicket(other);
    }
    return outcome;
  }, { writes: true });
}

function voterIdOf(clientKey: string): string {
  return hashOwnerToken(`errdoc-voter:${clientKey}`).slice(0, 32);
}

/** What the report page shows beside the ticket itself. */
export function ticketPageData(id: string) {
  if (!ticketIdSchema.safeParse(id).success) return Promise.resolve(null);
  return withStore(async ({ store }) => {
    const ticket = await store.getTicket(id);
    if (!ticket) return null;
    const [similar, groups, solutionVotes] = await Promise.all([
      store.listSimilarTickets({ ticket, limit: 6 }),
      store.groupStats([ticket.fingerprint]),
      store.groupSolutionVotes(ticket.fingerprint),
    ]);
    return { ticket, similar, group: groups.get(ticket.fingerprint) ?? null, solutionVotes };
  });
}

/** The group page: its overview (days, providers, languages), the best report (an AI one when there is one, else the latest) and what fixed it. */
export function groupPageData(fingerprint: string) {
  return withStore(async ({ store }) => {
    const [overview, best, solutionVotes] = await Promise.all([
      store.groupOverview({ fingerprint, days: SPARKLINE_DAYS }),
      store.findBestGroupTicket(fingerprint),
      store.groupSolutionVotes(fingerprint),
    ]);
    return { overview, best, solutionVotes };
  });
}

export function historyProviders(): Promise<string[]> {
  return withStore(({ store }) => store.listProviders());
}

export const STATS_DAYS = 30;

export function statsPageData() {
  const since = new Date(Date.now() - (STATS_DAYS - 1) * 86_400_000);
  since.setUTCHours(0, 0, 0, 0);
  return withStore(async ({ store }) => {
    const [stats, fixRates] = await Promise.all([store.readStats({ since }), store.fixRateByCategory()]);
    return { stats, since, fixRates };
  });
}
