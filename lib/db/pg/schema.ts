/**
 * The PostgreSQL schema: the same tables and row types as lib/db/schema.ts (SQLite), so the
 * store's callers see one `Ticket`. Timestamps are timestamptz with millisecond precision (what
 * SQLite's epoch-ms columns hold), JSON is jsonb, flags are booleans.
 *
 * Text that is sorted or compared for keyset paging (ids, fingerprints, categories, providers)
 * uses the "C" collation: byte order, as SQLite compares, whatever the server's default locale,
 * so pages and cursors are the same on both engines.
 */
import { bigint, boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { Category, Classification, Language } from "@/lib/classifier/schema";
import type { Report, ReportSource } from "@/lib/report/schema";
import { ticketStatuses, visibilities, type RedactionFinding, type TicketError } from "../schema";

/** text COLLATE "C": byte order (see above). */
const byteText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

/** A full-text document (see ticket_search). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const ms = { mode: "date", withTimezone: true, precision: 3 } as const;

export const tickets = pgTable(
  "tickets",
  {
    id: byteText("id").primaryKey(),
    createdAt: timestamp("created_at", ms).notNull(),
    updatedAt: timestamp("updated_at", ms).notNull(),
    status: text("status", { enum: ticketStatuses }).notNull(),
    visibility: text("visibility", { enum: visibilities }).notNull(),
    input: text("input").notNull(),
    context: text("context"),
    language: text("language").$type<Language>().notNull(),
    wantsLlm: boolean("wants_llm").notNull(),
    category: byteText("category").$type<Category>().notNull(),
    provider: byteText("provider"),
    httpStatus: integer("http_status"),
    fingerprint: byteText("fingerprint").notNull(),
    classification: jsonb("classification").$type<Classification>().notNull(),
    report: jsonb("report").$type<Report>().notNull(),
    ruleReport: jsonb("rule_report").$type<Report>().notNull(),
    reportSource: text("report_source").$type<ReportSource>().notNull(),
    title: text("title").notNull(),
    error: jsonb("error").$type<TicketError>(),
    redactions: jsonb("redactions").$type<RedactionFinding[]>().notNull(),
    ownerTokenHash: text("owner_token_hash").notNull(),
    llmAttempts: integer("llm_attempts").notNull().default(0),
    feedbackUp: integer("feedback_up").notNull().default(0),
    feedbackDown: integer("feedback_down").notNull().default(0),
  },
  (t) => [
    index("tickets_listed_idx").on(t.visibility, t.createdAt, t.id),
    index("tickets_group_idx").on(t.fingerprint, t.visibility, t.createdAt),
    index("tickets_status_idx").on(t.status),
    index("tickets_category_idx").on(t.category, t.createdAt),
    index("tickets_provider_idx").on(t.provider, t.createdAt),
    index("tickets_listed_provider_idx").on(t.visibility, t.provider),
    // The group page's providers and languages, counted from this index alone (SQLite's 0005).
    index("tickets_group_facets_idx").on(t.fingerprint, t.visibility, t.provider, t.language),
  ],
);

export const votes = pgTable(
  "votes",
  {
    ticketId: byteText("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    target: text("target").notNull(),
    voter: text("voter").notNull(),
    value: integer("value").notNull(),
    createdAt: timestamp("created_at", ms).notNull(),
    updatedAt: timestamp("updated_at", ms).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.target, t.voter] })],
);

/**
 * Full-text search: one row per ticket, `body` = to_tsvector('simple', the search text that
 * lib/search/search-text.ts builds, prepared by lib/db/pg/search-query.ts). Written by the
 * ticket functions (not a trigger) because the text is built in JS. SQLite's twin is tickets_fts.
 *
 * It also carries the ticket's filter columns (SQLite keeps them in ticket_search_filters), so
 * that a search filters, ranks and groups its matches without reading one tickets row per match
 * (12,000 primary-key lookups for “令牌” at 100k tickets). The ticket functions write them with
 * the body; a trigger (drizzle/postgres/0004) copies later changes from tickets.
 */
export const ticketSearch = pgTable(
  "ticket_search",
  {
    ticketId: byteText("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    body: tsvector("body").notNull(),
    createdAt: timestamp("created_at", ms).notNull(),
    visibility: text("visibility", { enum: visibilities }).notNull(),
    status: text("status", { enum: ticketStatuses }).notNull(),
    category: byteText("category").notNull(),
    provider: byteText("provider"),
    fingerprint: byteText("fingerprint").notNull(),
  },
  (t) => [
    index("ticket_search_body_idx").using("gin", t.body),
    // A partial grouped search recounts the page's groups: these entries, ANDed with the GIN match.
    index("ticket_search_group_idx").on(t.fingerprint, t.visibility),
  ],
);

/** An LLM job's lease and streamed text (see lib/db/schema.ts's llm_jobs, its SQLite twin). */
export const llmJobs = pgTable("llm_jobs", {
  ticketId: byteText("ticket_id")
    .primaryKey()
    .references(() => tickets.id, { onDelete: "cascade" }),
  owner: text("owner").notNull(),
  leaseUntil: timestamp("lease_until", ms).notNull(),
  claims: integer("claims").notNull(),
  text: text("text").notNull().default(""),
  resets: integer("resets").notNull().default(0),
  updatedAt: timestamp("updated_at", ms).notNull(),
});

/** Request counters per client key (see lib/db/schema.ts's rate_limits). */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  /** When the key's current window started, epoch ms. */
  windowStart: bigint("window_start", { mode: "number" }).notNull(),
  count: integer("count").notNull(),
});

/**
 * One row per error group (fingerprint) of LISTED tickets: how many, first and last seen, and
 * the newest ticket (ties on created_at: the larger id). SQLite's twin is drizzle/0005's
 * ticket_groups; here the times are timestamptz(3) like tickets.created_at, so the triggers
 * copy them as they are and a recount compares like with like (reads convert with epochMs, as
 * every other query does). Kept by the triggers of drizzle/postgres/0003_ticket_group_triggers.
 */
export const ticketGroups = pgTable(
  "ticket_groups",
  {
    fingerprint: byteText("fingerprint").primaryKey(),
    listedCount: integer("listed_count").notNull(),
    firstAt: timestamp("first_at", ms).notNull(),
    lastAt: timestamp("last_at", ms).notNull(),
    latestId: byteText("latest_id").notNull(),
  },
  (t) => [index("ticket_groups_last_idx").on(t.lastAt, t.fingerprint)],
);

/** Listed tickets per group per UTC day (`day` = whole days since 1970-01-01), as drizzle/0005's ticket_group_days. */
export const ticketGroupDays = pgTable(
  "ticket_group_days",
  {
    fingerprint: byteText("fingerprint").notNull(),
    day: integer("day").notNull(),
    listedCount: integer("listed_count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fingerprint, t.day] })],
);
