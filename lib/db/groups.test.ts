import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Classification } from "@/lib/classifier/schema";
import type { Report } from "@/lib/report/schema";
import { dailyGroupCounts, listTicketGroups } from "./groups";
import type { NewTicket } from "./schema";
import { createTestDb } from "./test-db";
import { decodeCursor, encodeCursor, insertTicket, type TicketFilters } from "./tickets";

let t: ReturnType<typeof createTestDb>;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

const report: Report = {
  source: "rules",
  language: "en",
  basis: "category",
  knownError: null,
  title: "Invalid token",
  translation: null,
  causes: { summary: "The token is wrong.", items: [] },
  solutions: [{ title: "Use a valid key", steps: ["Check it"] }],
  prevention: [],
  tools: [],
  markdown: "# Invalid token",
};

let counter = 0;
const base = Date.UTC(2026, 0, 1);
function add(overrides: Partial<NewTicket> & { minute?: number } = {}) {
  counter += 1;
  const { minute, ...rest } = overrides;
  const fingerprint = rest.fingerprint ?? "fp-a";
  return insertTicket({
    db: t.db,
    ticket: {
      id: `ticket-${String(counter).padStart(12, "0")}`,
      createdAt: new Date(base + (minute ?? counter) * 60_000),
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
      fingerprint,
      classification: { category: "auth.invalid_credentials", fingerprint, provider: "openai" } as Classification,
      report,
      ruleReport: report,
      reportSource: "rules",
      title: `title of ${fingerprint}`,
      error: null,
      redactions: [],
      ownerTokenHash: "x",
      ...rest,
    },
  });
}

function pageThrough(query: string | null, filters: TicketFilters, limit: number) {
  const seen: string[] = [];
  let cursor = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = listTicketGroups({ db: t.db, query, filters, cursor, limit });
    seen.push(...page.items.map((item) => item.fingerprint));
    if (!page.nextCursor) break;
    cursor = decodeCursor(page.nextCursor);
  }
  return seen;
}

describe("listTicketGroups", () => {
  it("gives one row per fingerprint with count, first and last seen and the latest ticket, never counting unlisted tickets", () => {
    for (let i = 0; i < 35; i++) add({ fingerprint: "many", minute: 10 + i });
    for (let i = 0; i < 5; i++) add({ fingerprint: "few", minute: 100 + i });
    const hidden = add({ fingerprint: "many", minute: 500, visibility: "unlisted" });
    add({ fingerprint: "secret", minute: 600, visibility: "unlisted" });

    const page = listTicketGroups({ db: t.db, cursor: null, limit: 10 });
    expect(page.items.map((g) => [g.fingerprint, g.count])).toEqual([
      ["few", 5],
      ["many", 35],
    ]);
    const many = page.items[1]!;
    expect(many.firstAt).toEqual(new Date(base + 10 * 60_000));
    expect(many.lastAt).toEqual(new Date(base + 44 * 60_000));
    expect(many.latest.createdAt).toEqual(many.lastAt);
    expect(many.latest.id).not.toBe(hidden.id);
    expect(page.nextCursor).toBeNull();
  });

  it("pages through every group exactly once, newest group first, with filters and with a search", () => {
    // Searched groups page by time too, so pages written between requests cannot shift them.
    for (let i = 0; i < 23; i++) {
      add({ fingerprint: `g${i}`, minute: i, category: i % 2 ? "network.connection" : "auth.invalid_credentials", input: `boom number${i % 3} here` });
      add({ fingerprint: `g${i}`, minute: 1000 - i * 7 });
    }
    const all = pageThrough(null, {}, 4);
    expect(all).toHaveLength(23);
    expect(new Set(all).size).toBe(23);
    expect(all[0]).toBe("g0");

    const odd = pageThrough(null, { category: "network.connection" }, 3);
    expect(odd.sort()).toEqual(Array.from({ length: 23 }, (_, i) => `g${i}`).filter((_, i) => i % 2).sort());

    const searched = pageThrough("number1", {}, 2);
    expect(searched.sort()).toEqual(Array.from({ length: 23 }, (_, i) => `g${i}`).filter((_, i) => i % 3 === 1).sort());
    const page = listTicketGroups({ db: t.db, query: "number1", cursor: null, limit: 50 });
    // Only the matching ticket counts in a search.
    expect(page.items.every((g) => g.count === 1)).toBe(true);
  });

  it("a searched group list pages through every group once even when tickets are written between pages", () => {
    for (let i = 0; i < 6; i++) add({ fingerprint: `s${i}`, minute: i, input: `needle ${"padding ".repeat(i)}` });
    const first = listTicketGroups({ db: t.db, query: "needle", cursor: null, limit: 3 });
    // Writes that change every match's bm25 score (document counts and lengths).
    for (let i = 0; i < 20; i++) add({ fingerprint: `noise${i}`, minute: -100 - i, input: `needle needle ${i}` });
    const second = listTicketGroups({ db: t.db, query: "needle", cursor: decodeCursor(first.nextCursor!), limit: 3 });
    const seen = [...first.items, ...second.items].map((g) => g.fingerprint);
    expect(seen).toEqual(["s5", "s4", "s3", "s2", "s1", "s0"]);
  });

  it("a group counts only the tickets inside the date range", () => {
    add({ fingerprint: "x", minute: 10 });
    add({ fingerprint: "x", minute: 2 * 24 * 60 });
    add({ fingerprint: "x", minute: 2 * 24 * 60 + 5 });
    const page = listTicketGroups({ db: t.db, filters: { from: new Date(base + 24 * 3600_000) }, cursor: null, limit: 5 });
    expect(page.items.map((g) => g.count)).toEqual([2]);
  });

  it("round-trips group cursors", () => {
    for (const cursor of [
      { kind: "group-time", lastAt: 1767225600123, id: "0123abcd0123abcd" },
      { kind: "group-time", lastAt: 0, id: "fp_x-1" },
    ] as const) {
      expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    }
  });
});

describe("dailyGroupCounts", () => {
  it("counts listed tickets per UTC day over the last 30 days, oldest first", () => {
    const now = new Date(base + 40 * 86_400_000 + 3600_000);
    const dayMinute = (daysAgo: number) => (40 - daysAgo) * 24 * 60 + 30;
    add({ fingerprint: "s", minute: dayMinute(0) });
    add({ fingerprint: "s", minute: dayMinute(0) + 1 });
    add({ fingerprint: "s", minute: dayMinute(29) });
    add({ fingerprint: "s", minute: dayMinute(30) });
    add({ fingerprint: "s", minute: dayMinute(3), visibility: "unlisted" });
    const series = dailyGroupCounts({ db: t.db, fingerprints: ["s", "none"], now });
    expect(series.get("s")).toHaveLength(30);
    expect(series.get("s")![29]).toBe(2);
    expect(series.get("s")![0]).toBe(1);
    expect(series.get("s")!.reduce((a, b) => a + b, 0)).toBe(3);
    expect(series.get("none")).toEqual(Array.from({ length: 30 }, () => 0));
  });
});
