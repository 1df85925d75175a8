import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Classification } from "@/lib/classifier/schema";
import type { Report } from "@/lib/report/schema";
import type { NewTicket } from "./schema";
import { readStats } from "./stats";
import { createTestDb } from "./test-db";
import { insertTicket } from "./tickets";
import { castVote } from "./votes";

let t: ReturnType<typeof createTestDb>;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

const report = { title: "T", markdown: "# T" } as Report;
let n = 0;
function row(overrides: Partial<NewTicket>): NewTicket {
  n += 1;
  return {
    id: `stats-ticket-${String(n).padStart(8, "0")}`,
    createdAt: new Date("2026-03-01T12:00:00Z"),
    updatedAt: new Date("2026-03-01T12:00:00Z"),
    status: "completed",
    visibility: "listed",
    input: "x",
    context: null,
    language: "en",
    wantsLlm: false,
    category: "rate_limit",
    provider: null,
    httpStatus: null,
    fingerprint: `fp-${n}`,
    classification: {} as Classification,
    report,
    ruleReport: report,
    reportSource: "rules",
    title: "T",
    error: null,
    redactions: [],
    ownerTokenHash: "x",
    ...overrides,
  };
}

describe("readStats", () => {
  it("aggregates listed tickets only", () => {
    insertTicket({ db: t.db, ticket: row({ category: "auth.invalid_credentials", provider: "openai", fingerprint: "same", title: "Bad key" }) });
    insertTicket({
      db: t.db,
      ticket: row({ category: "auth.invalid_credentials", provider: "openai", fingerprint: "same", title: "Bad key", createdAt: new Date("2026-03-02T12:00:00Z") }),
    });
    const llm = insertTicket({ db: t.db, ticket: row({ wantsLlm: true, reportSource: "llm", provider: "new-api" }) });
    insertTicket({ db: t.db, ticket: row({ wantsLlm: true, status: "failed" }) });
    insertTicket({ db: t.db, ticket: row({ visibility: "unlisted", provider: "secret-provider", fingerprint: "same" }) });
    castVote({ db: t.db, ticketId: llm.id, target: "report", voter: "a", value: 1 });
    castVote({ db: t.db, ticketId: llm.id, target: "report", voter: "b", value: -1 });
    castVote({ db: t.db, ticketId: llm.id, target: "report", voter: "c", value: 1 });

    const stats = readStats({ db: t.db, since: new Date("2026-01-01") });
    expect(stats.total).toBe(4);
    expect(stats.providers).toEqual([
      { provider: "openai", count: 2 },
      { provider: "new-api", count: 1 },
    ]);
    expect(stats.recurring).toEqual([expect.objectContaining({ fingerprint: "same", count: 2, title: "Bad key" })]);
    expect(stats.perDay).toContainEqual({ day: "2026-03-01", family: "auth", count: 1 });
    expect(stats.perDay).toContainEqual({ day: "2026-03-01", family: "rate_limit", count: 2 });
    expect(stats.sources.find((s) => s.source === "llm")?.count).toBe(1);
    expect(stats.llm).toEqual({ attempted: 2, failed: 1 });
    expect(stats.feedback).toEqual({ up: 2, down: 1 });
  });
});
