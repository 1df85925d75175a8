import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Classification } from "@/lib/classifier/schema";
import type { Report } from "@/lib/report/schema";
import type { NewTicket } from "./schema";
import { createTestDb } from "./test-db";
import {
  decodeCursor,
  deleteTicket,
  encodeCursor,
  findReusableLlmTicket,
  findReusableLlmTickets,
  getTicket,
  groupStats,
  insertTicket,
  listSimilarTickets,
  listTickets,
  updateTicket,
  type TicketFilters,
} from "./tickets";

let t: ReturnType<typeof createTestDb>;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

const report: Report = {
  source: "rules",
  language: "en", basis: "category", knownError: null,
  title: "Invalid token",
  translation: null,
  causes: { summary: "The token is wrong.", items: [] },
  solutions: [{ title: "Use a valid key", steps: ["Check it"] }],
  prevention: [],
  tools: [],
  markdown: "# Invalid token",
};

let counter = 0;
function ticket(overrides: Partial<NewTicket> = {}): NewTicket {
  counter += 1;
  const classification = {
    category: "auth.invalid_credentials",
    fingerprint: "fp-a",
    provider: "openai",
  } as Classification;
  return {
    id: `ticket-${String(counter).padStart(12, "0")}`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + counter * 60_000),
    updatedAt: new Date(),
    status: "completed",
    visibility: "listed",
    input: "Error code: 401 - Invalid token",
    context: null,
    language: "en",
    wantsLlm: false,
    category: "auth.invalid_credentials",
    provider: "openai",
    httpStatus: 401,
    fingerprint: "fp-a",
    classification,
    report,
    ruleReport: report,
    reportSource: "rules",
    title: report.title,
    error: null,
    redactions: [],
    ownerTokenHash: "x",
    ...overrides,
  };
}

function pageThrough(query: string | null, filters: TicketFilters, limit: number) {
  const seen: string[] = [];
  let cursor = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = listTickets({ db: t.db, query, filters, cursor, limit });
    seen.push(...page.items.map((item) => item.id));
    if (!page.nextCursor) break;
    cursor = decodeCursor(page.nextCursor);
  }
  return seen;
}

describe("tickets table", () => {
  it("stores and reads back JSON columns and dates", () => {
    const row = insertTicket({ db: t.db, ticket: ticket() });
    const read = getTicket({ db: t.db, id: row.id });
    expect(read?.report.title).toBe("Invalid token");
    expect(read?.createdAt).toBeInstanceOf(Date);
    expect(getTicket({ db: t.db, id: "missing-id-0000000" })).toBeNull();
  });

  it("pages newest first through every listed ticket exactly once", () => {
    const ids = Array.from({ length: 23 }, () => insertTicket({ db: t.db, ticket: ticket() }).id);
    insertTicket({ db: t.db, ticket: ticket({ visibility: "unlisted" }) });
    // Same timestamp: the id breaks the tie.
    const at = new Date(Date.UTC(2027, 0, 1));
    ids.push(insertTicket({ db: t.db, ticket: ticket({ createdAt: at }) }).id);
    ids.push(insertTicket({ db: t.db, ticket: ticket({ createdAt: at }) }).id);
    const seen = pageThrough(null, {}, 4);
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen.slice(0, 2)).toEqual([ids[24], ids[23]]);
  });

  it("searches Chinese and English text, ranks, filters and never shows unlisted tickets", () => {
    const zh = insertTicket({ db: t.db, ticket: ticket({ input: "无效的令牌 (request id: 1)", fingerprint: "fp-zh" }) });
    const quota = insertTicket({
      db: t.db,
      ticket: ticket({ input: "该令牌额度已用尽", category: "billing.quota_exceeded", provider: "new-api", fingerprint: "fp-q" }),
    });
    insertTicket({ db: t.db, ticket: ticket({ input: "无效的令牌 secret", visibility: "unlisted" }) });
    const en = insertTicket({ db: t.db, ticket: ticket({ input: "Incorrect API key provided" }) });
    expect(pageThrough("令牌", {}, 1).sort()).toEqual([zh.id, quota.id].sort());
    expect(pageThrough("令牌", { category: "billing.quota_exceeded" }, 10)).toEqual([quota.id]);
    expect(pageThrough("令牌", { provider: "openai" }, 10)).toEqual([zh.id]);
    expect(pageThrough("incorrect api", {}, 10)).toEqual([en.id]);
    expect(pageThrough("secret", {}, 10)).toEqual([]);
    expect(pageThrough("---", {}, 10)).toEqual([]);
  });

  it("filters by status and date range", () => {
    const failed = insertTicket({ db: t.db, ticket: ticket({ status: "failed", createdAt: new Date("2026-03-02T10:00:00Z") }) });
    insertTicket({ db: t.db, ticket: ticket({ createdAt: new Date("2026-03-05T10:00:00Z") }) });
    expect(pageThrough(null, { status: "failed" }, 10)).toEqual([failed.id]);
    const march = pageThrough(null, { from: new Date("2026-03-01"), to: new Date("2026-03-03") }, 10);
    expect(march).toEqual([failed.id]);
  });

  it("search filters follow status changes and date ranges, and rank cursors page through every match once", () => {
    const ids = Array.from({ length: 7 }, (_, i) =>
      insertTicket({ db: t.db, ticket: ticket({ input: `ECONNREFUSED 127.0.0.1:${5000 + i}`, status: "processing" }) }).id,
    );
    expect(pageThrough("econnrefused", { status: "failed" }, 10)).toEqual([]);
    updateTicket({ db: t.db, id: ids[2]!, changes: { status: "failed" } });
    expect(pageThrough("econnrefused", { status: "failed" }, 10)).toEqual([ids[2]]);
    expect(pageThrough("econnrefused", {}, 2).sort()).toEqual([...ids].sort());
    const first = getTicket({ db: t.db, id: ids[0]! })!;
    expect(pageThrough("econnrefused", { from: first.createdAt, to: new Date(first.createdAt.getTime() + 1) }, 10)).toEqual([ids[0]]);
  });

  it("keeps the search index in step with title updates and deletes", () => {
    const row = insertTicket({ db: t.db, ticket: ticket({ title: "Plain title" }) });
    expect(pageThrough("renamed", {}, 10)).toEqual([]);
    updateTicket({ db: t.db, id: row.id, changes: { title: "Renamed by the LLM" } });
    expect(pageThrough("renamed", {}, 10)).toEqual([row.id]);
    expect(deleteTicket({ db: t.db, id: row.id })).toBe(true);
    expect(pageThrough("renamed", {}, 10)).toEqual([]);
    expect(getTicket({ db: t.db, id: row.id })).toBeNull();
  });

  it("updates only while the expected status holds", () => {
    const row = insertTicket({ db: t.db, ticket: ticket({ status: "processing" }) });
    expect(updateTicket({ db: t.db, id: row.id, changes: { status: "completed" }, onlyIfStatus: "processing" })?.status).toBe(
      "completed",
    );
    expect(updateTicket({ db: t.db, id: row.id, changes: { status: "failed" }, onlyIfStatus: "processing" })).toBeNull();
  });

  it("groups repeated errors and finds similar ones", () => {
    const a1 = insertTicket({ db: t.db, ticket: ticket({ fingerprint: "same" }) });
    const a2 = insertTicket({ db: t.db, ticket: ticket({ fingerprint: "same" }) });
    insertTicket({ db: t.db, ticket: ticket({ fingerprint: "same", visibility: "unlisted" }) });
    const b = insertTicket({ db: t.db, ticket: ticket({ fingerprint: "other" }) });
    insertTicket({ db: t.db, ticket: ticket({ fingerprint: "x", category: "rate_limit" }) });
    const stats = groupStats({ db: t.db, fingerprints: ["same", "other"] });
    expect(stats.get("same")).toMatchObject({ count: 2, firstAt: a1.createdAt, lastAt: a2.createdAt });
    expect(stats.get("other")?.count).toBe(1);
    expect(listSimilarTickets({ db: t.db, ticket: a1, limit: 5 }).map((r) => r.id)).toEqual([a2.id, b.id]);
  });

  it("offers only listed, completed AI reports for reuse, newest first", () => {
    const llm = { status: "completed" as const, reportSource: "llm" as const };
    const older = insertTicket({ db: t.db, ticket: ticket(llm) }).id;
    insertTicket({ db: t.db, ticket: ticket({ ...llm, visibility: "unlisted" }) });
    insertTicket({ db: t.db, ticket: ticket({ ...llm, reportSource: "cache" }) });
    insertTicket({ db: t.db, ticket: ticket({ ...llm, status: "failed" }) });
    insertTicket({ db: t.db, ticket: ticket({ ...llm, language: "zh" }) });
    const newer = insertTicket({ db: t.db, ticket: ticket(llm) }).id;
    insertTicket({ db: t.db, ticket: ticket({ ...llm, visibility: "unlisted" }) });
    expect(findReusableLlmTickets({ db: t.db, fingerprint: "fp-a", language: "en" }).map((r) => r.id)).toEqual([newer, older]);
    expect(findReusableLlmTicket({ db: t.db, fingerprint: "fp-a", language: "en" })?.id).toBe(newer);
    expect(findReusableLlmTicket({ db: t.db, fingerprint: "fp-b", language: "en" })).toBeNull();
  });

  it("round-trips cursors and rejects tampered ones", () => {
    const cursor = { kind: "rank", rank: -1.2345678901234567, id: "abc_DEF-123" } as const;
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-base64!")).toBeNull();
    expect(decodeCursor(Buffer.from('["t","x","id"]').toString("base64url"))).toBeNull();
  });
});
