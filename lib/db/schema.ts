import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Classification, Category, Language } from "@/lib/classifier/schema";
import type { Report, ReportSource } from "@/lib/report/schema";

export const ticketStatuses = ["processing", "completed", "failed"] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const visibilities = ["listed", "unlisted"] as const;
export type Visibility = (typeof visibilities)[number];

export type TicketError = { code: string; message: string };
export type RedactionFinding = { kind: string; count: number };

export const tickets = sqliteTable(
  "tickets",
  {
    id: text("id").primaryKey(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    status: text("status", { enum: ticketStatuses }).notNull(),
    visibility: text("visibility", { enum: visibilities }).notNull(),
    /** The pasted error after secret redaction; the raw paste is never stored. */
    input: text("input").notNull(),
    context: text("context"),
    language: text("language").$type<Language>().notNull(),
    /** Whether this ticket asked for an LLM report (so a restart knows what to resume). */
    wantsLlm: integer("wants_llm", { mode: "boolean" }).notNull(),
    category: text("category").$type<Category>().notNull(),
    provider: text("provider"),
    httpStatus: integer("http_status"),
    fingerprint: text("fingerprint").notNull(),
    classification: text("classification", { mode: "json" }).$type<Classification>().notNull(),
    /** The best report so far: rules at first, then llm or cache. */
    report: text("report", { mode: "json" }).$type<Report>().notNull(),
    /** Kept apart so a failed or regenerated LLM stage can always fall back to it. */
    ruleReport: text("rule_report", { mode: "json" }).$type<Report>().notNull(),
    reportSource: text("report_source").$type<ReportSource>().notNull(),
    title: text("title").notNull(),
    error: text("error", { mode: "json" }).$type<TicketError>(),
    redactions: text("redactions", { mode: "json" }).$type<RedactionFinding[]>().notNull(),
    ownerTokenHash: text("owner_token_hash").notNull(),
    llmAttempts: integer("llm_attempts").notNull().default(0),
    feedbackUp: integer("feedback_up").notNull().default(0),
    feedbackDown: integer("feedback_down").notNull().default(0),
  },
  (t) => [
    index("tickets_listed_idx").on(t.visibility, t.createdAt, t.id),
    // Covers "seen N times, first …, last …": count, min and max come from the index alone.
    index("tickets_group_idx").on(t.fingerprint, t.visibility, t.createdAt),
    index("tickets_status_idx").on(t.status),
    index("tickets_category_idx").on(t.category, t.createdAt),
    index("tickets_provider_idx").on(t.provider, t.createdAt),
    // Covers the provider filter's options (listed tickets, grouped by provider).
    index("tickets_listed_provider_idx").on(t.visibility, t.provider),
  ],
);

export type Ticket = typeof tickets.$inferSelect;
export type NewTicket = typeof tickets.$inferInsert;

/**
 * One vote per client per ticket and target, changeable: `target` is what is voted on
 * ("report" for "did this fix it?"; room for "solution:1" and the like), `voter` a hash of the
 * client's identity (its address, see lib/http/client-key.ts), never the address itself.
 * The report's totals are kept on the ticket (feedback_up/down) for the lists and stats.
 */
export const votes = sqliteTable(
  "votes",
  {
    ticketId: text("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    target: text("target").notNull(),
    voter: text("voter").notNull(),
    /** 1: helpful, -1: not helpful. */
    value: integer("value").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.target, t.voter] })],
);

export type Vote = typeof votes.$inferSelect;

/**
 * An LLM job's lease: the instance (`owner`) running a processing ticket's AI report holds it
 * until `lease_until`, renewing it while it works; any instance may take over an expired one
 * (lib/tickets/llm-jobs.ts). The text streamed so far lives here too, so /events on any
 * instance can show it. The row exists only while a run is claimed.
 */
export const llmJobs = sqliteTable("llm_jobs", {
  ticketId: text("ticket_id")
    .primaryKey()
    .references(() => tickets.id, { onDelete: "cascade" }),
  owner: text("owner").notNull(),
  leaseUntil: integer("lease_until", { mode: "timestamp_ms" }).notNull(),
  /** Times this run was claimed: above 1, an earlier holder died or stalled. */
  claims: integer("claims").notNull(),
  text: text("text").notNull().default(""),
  /** Bumped when an attempt's text is thrown away (a retry, a takeover). */
  resets: integer("resets").notNull().default(0),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** Request counters per client key, a window from its first hit, shared by every instance on the database. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  /** When the key's current window started (its first hit after the last window ended), epoch ms. */
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});
