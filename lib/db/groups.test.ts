import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Classification } from "@/lib/classifier/schema";
import type { Report } from "@/lib/report/schema";
import { sql } from "drizzle-orm";
import { dailyGroupCounts, groupOverview, listTicketGroups, SEARCH_GROUP_WINDOW } from "./groups";
import type { NewTicket } from "./schema";
import { createTestDb } from "./test-db";
import { decodeCursor, deleteTicket, encodeCursor, insertTicket, updateTicket, type TicketFilters } from "./tickets";

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

/** ticket_groups and ticket_group_days as the triggers keep them, and as recomputed from tickets. */
function summaries() {
  const kept = t.db.all(sql`SELECT fingerprint, listed_count AS n, first_at AS firstAt, last_at AS lastAt, latest_id AS latestId FROM ticket_groups ORDER BY fingerprint`);
  const truth = t.db.all(sql`
    SELECT g.fingerprint, g.n, g.firstAt, g.lastAt,
      (SELECT max(id) FROM tickets WHERE fingerprint = g.fingerprint AND visibility = 'listed' AND created_at = g.lastAt) AS latestId
    FROM (SELECT fingerprint, count(*) AS n, min(created_at) AS firstAt, max(created_at) AS lastAt FROM tickets WHERE visibility = 'listed' GROUP BY fingerprint) g
    ORDER BY g.fingerprint`);
  const keptDays = t.db.all(sql`SELECT fingerprint, day, listed_count AS n FROM ticket_group_days ORDER BY fingerprint, day`);
  const truthDays = t.db.all(sql`
    SELECT fingerprint, created_at / 86400000 AS day, count(*) AS n FROM tickets WHERE visibility = 'listed'
    GROUP BY fingerprint, created_at / 86400000 ORDER BY fingerprint, day`);
  return { kept, truth, keptDays, truthDays };
}

function expectSummariesInStep() {
  const { kept, truth, keptDays, truthDays } = summaries();
  expect(kept).toEqual(truth);
  expect(keptDays).toEqual(truthDays);
}

describe("ticket_groups and ticket_group_days (triggers, drizzle/0005)", () => {
  it("count, first/last seen and the latest ticket follow inserts, and unlisted tickets never count", () => {
    add({ fingerprint: "a", minute: 50 });
    add({ fingerprint: "a", minute: 10 });
    const newest = add({ fingerprint: "a", minute: 90 });
    add({ fingerprint: "a", minute: 200, visibility: "unlisted" });
    add({ fingerprint: "hidden", minute: 300, visibility: "unlisted" });
    const row = summaries().kept;
    expect(row).toEqual([{ fingerprint: "a", n: 3, firstAt: base + 10 * 60_000, lastAt: base + 90 * 60_000, latestId: newest.id }]);
    expectSummariesInStep();
  });

  it("a tie on created_at makes the larger id the latest, whatever the insert order", () => {
    const later = add({ fingerprint: "tie", minute: 5, id: "ticket-zzzzzzzzzzzz" });
    add({ fingerprint: "tie", minute: 5, id: "ticket-aaaaaaaaaaaa" });
    expect(summaries().kept[0]).toMatchObject({ n: 2, latestId: later.id });
    expectSummariesInStep();
  });

  it("deleting the newest, the oldest or the last ticket of a group recomputes it or removes it", () => {
    const first = add({ fingerprint: "d", minute: 1 });
    add({ fingerprint: "d", minute: 2 });
    const last = add({ fingerprint: "d", minute: 3 * 24 * 60 });
    const alone = add({ fingerprint: "solo", minute: 4 });
    deleteTicket({ db: t.db, id: last.id });
    expect(summaries().kept.find((g) => (g as { fingerprint: string }).fingerprint === "d")).toMatchObject({ n: 2, lastAt: base + 2 * 60_000 });
    expectSummariesInStep();
    deleteTicket({ db: t.db, id: first.id });
    expectSummariesInStep();
    deleteTicket({ db: t.db, id: alone.id });
    expect(summaries().kept.map((g) => (g as { fingerprint: string }).fingerprint)).toEqual(["d"]);
    expect(summaries().keptDays).toHaveLength(1);
    expectSummariesInStep();
    expect(listTicketGroups({ db: t.db, cursor: null, limit: 10 }).items.map((g) => [g.fingerprint, g.count])).toEqual([["d", 1]]);
  });

  it("changing a ticket's visibility, fingerprint or time moves it between groups and days", () => {
    const x = add({ fingerprint: "p", minute: 10 });
    add({ fingerprint: "p", minute: 20 });
    const y = add({ fingerprint: "q", minute: 30, visibility: "unlisted" });
    updateTicket({ db: t.db, id: x.id, changes: { visibility: "unlisted" } });
    expectSummariesInStep();
    updateTicket({ db: t.db, id: y.id, changes: { visibility: "listed" } });
    expectSummariesInStep();
    updateTicket({ db: t.db, id: y.id, changes: { fingerprint: "p" } });
    expectSummariesInStep();
    t.db.run(sql`UPDATE tickets SET created_at = ${base + 5 * 24 * 3600_000} WHERE id = ${y.id}`);
    expectSummariesInStep();
    updateTicket({ db: t.db, id: x.id, changes: { status: "failed", title: "other" } });
    expectSummariesInStep();
    expect(summaries().kept).toEqual([expect.objectContaining({ fingerprint: "p", n: 2, latestId: y.id })]);
  });

  it("stays in step through a random mix of inserts, deletes and updates", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const ids: string[] = [];
    for (let step = 0; step < 300; step++) {
      const action = rand(10);
      if (action < 6 || ids.length === 0) {
        ids.push(add({ fingerprint: `r${rand(6)}`, minute: rand(5 * 24 * 60), visibility: rand(5) === 0 ? "unlisted" : "listed" }).id);
      } else if (action < 8) {
        deleteTicket({ db: t.db, id: ids.splice(rand(ids.length), 1)[0]! });
      } else {
        const id = ids[rand(ids.length)]!;
        updateTicket({ db: t.db, id, changes: rand(2) ? { fingerprint: `r${rand(6)}` } : { visibility: rand(2) ? "listed" : "unlisted" } });
      }
    }
    expectSummariesInStep();
    const unsearched = listTicketGroups({ db: t.db, cursor: null, limit: 100 }).items;
    expect(unsearched.map((g) => g.count).reduce((a, b) => a + b, 0)).toBe(
      t.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM tickets WHERE visibility = 'listed'`)!.n,
    );
    for (const group of unsearched) expect(group.latest.createdAt).toEqual(group.lastAt);
  });
});

describe("grouped search over more matches than the window", () => {
  it("lists the groups of the newest matches, newest first, each with all its matches counted", () => {
    // One old group only in the oldest matches; two groups that fill the window.
    add({ fingerprint: "old", minute: 1, input: "needle from long ago" });
    for (let i = 0; i < SEARCH_GROUP_WINDOW + 50; i++) add({ fingerprint: i % 2 ? "odd" : "even", minute: 10 + i, input: `needle ${i}` });
    add({ fingerprint: "odd", minute: 5_000_000, input: "no match here" });
    const page = listTicketGroups({ db: t.db, query: "needle", cursor: null, limit: 10 });
    expect(page.partial).toBe(true);
    expect(page.items.map((g) => [g.fingerprint, g.count])).toEqual([
      ["odd", (SEARCH_GROUP_WINDOW + 50) / 2],
      ["even", (SEARCH_GROUP_WINDOW + 50) / 2],
    ]);
    expect(page.items[1]!.firstAt).toEqual(new Date(base + 10 * 60_000));
    const narrow = listTicketGroups({ db: t.db, query: "ago", cursor: null, limit: 10 });
    expect(narrow.partial).toBeUndefined();
    expect(narrow.items.map((g) => [g.fingerprint, g.count])).toEqual([["old", 1]]);
  });

  it("counts a filtered search past the window the same way (a column filter reads the group's rows)", () => {
    for (let i = 0; i < SEARCH_GROUP_WINDOW + 50; i++) {
      add({ fingerprint: i % 2 ? "odd" : "even", minute: 10 + i, input: `needle ${i}`, status: i % 4 === 1 ? "failed" : "completed" });
    }
    const page = listTicketGroups({ db: t.db, query: "needle", filters: { status: "failed" }, cursor: null, limit: 10 });
    expect(page.partial).toBe(true);
    expect(page.items.map((g) => [g.fingerprint, g.count])).toEqual([["odd", Math.ceil((SEARCH_GROUP_WINDOW + 50 - 1) / 4)]]);
  });
});

describe("groupOverview", () => {
  it("gives a group's totals, days, providers and languages among listed tickets only", () => {
    const now = new Date(base + 3 * 86_400_000);
    add({ fingerprint: "o", minute: 10, provider: "openai", language: "zh" });
    add({ fingerprint: "o", minute: 20, provider: "openai", language: "en" });
    add({ fingerprint: "o", minute: 24 * 60 + 5, provider: "new-api", language: "zh" });
    const latest = add({ fingerprint: "o", minute: 2 * 24 * 60, provider: null, language: "zh" });
    add({ fingerprint: "o", minute: 2 * 24 * 60 + 1, provider: "secret-relay", language: "en", visibility: "unlisted" });
    add({ fingerprint: "other", minute: 30, provider: "anthropic" });
    const overview = groupOverview({ db: t.db, fingerprint: "o", days: 5, now })!;
    expect(overview).toMatchObject({ count: 4, firstAt: new Date(base + 10 * 60_000), lastAt: latest.createdAt, latestId: latest.id });
    expect(overview.daily).toEqual([0, 2, 1, 1, 0]);
    expect(overview.firstDay).toBe(Math.floor(base / 86_400_000) - 1);
    expect(overview.providers).toEqual([
      { value: "openai", count: 2 },
      { value: null, count: 1 },
      { value: "new-api", count: 1 },
    ]);
    expect(overview.languages).toEqual([
      { value: "zh", count: 3 },
      { value: "en", count: 1 },
    ]);
    expect(groupOverview({ db: t.db, fingerprint: "none" })).toBeNull();
  });
});

describe("filtered grouped pages", () => {
  it("count and show only the tickets that pass the filters, the latest being the newest of those", () => {
    add({ fingerprint: "f", minute: 10, status: "failed" });
    const failed = add({ fingerprint: "f", minute: 20, status: "failed", id: "ticket-zz-failed" });
    add({ fingerprint: "f", minute: 20, status: "failed", id: "ticket-aa-failed" });
    add({ fingerprint: "f", minute: 30, status: "completed" });
    add({ fingerprint: "g", minute: 40, status: "completed" });
    add({ fingerprint: "f", minute: 50, status: "failed", visibility: "unlisted" });
    const page = listTicketGroups({ db: t.db, filters: { status: "failed" }, cursor: null, limit: 10 });
    expect(page.items.map((g) => [g.fingerprint, g.count, g.latest.id])).toEqual([["f", 2 + 1, failed.id]]);
    expect(page.items[0]!.lastAt).toEqual(failed.createdAt);
  });
});
