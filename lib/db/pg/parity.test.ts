/**
 * The same data in SQLite (the reference) and in a scratch PostgreSQL database, then every
 * store function asked the same questions on both: items, order, cursors paged to the end,
 * counts, stats and search. Differences that are by design are named where they are tolerated.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Category, Classification } from "@/lib/classifier/schema";
import type { Report, ReportSource } from "@/lib/report/schema";
import { seededRandom } from "@/lib/seeded-random";
import { openDb, type Db } from "../client";
import * as sGroups from "../groups";
import type { NewTicket, Ticket } from "../schema";
import * as sSolutions from "../solution-votes";
import * as sStats from "../stats";
import * as sTickets from "../tickets";
import { decodeCursor, type TicketCursor, type TicketFilters } from "../tickets";
import * as sVotes from "../votes";
import { openPostgres, type PgDb } from "./connect";
import * as pGroups from "./groups";
import { migratePostgres } from "./migrate";
import * as pSolutions from "./solution-votes";
import * as pStats from "./stats";
import { pgAvailable, pgTestUrl } from "./test-db";
import * as pTickets from "./tickets";
import * as pVotes from "./votes";

const base = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

function report(title: string, source: ReportSource = "rules"): Report {
  return {
    source,
    language: "en",
    basis: "category",
    knownError: null,
    title,
    translation: null,
    causes: { summary: `Why: ${title}`, items: ["one", "two"] },
    solutions: [{ title: "Fix it", steps: ["Step"], code: { language: "bash", content: "echo ok" } }],
    prevention: [],
    tools: [],
    markdown: `# ${title}`,
  };
}

type Seed = {
  input: string;
  title?: string;
  fingerprint: string;
  category: Category;
  provider?: string | null;
  status?: Ticket["status"];
  visibility?: Ticket["visibility"];
  source?: ReportSource;
  language?: Ticket["language"];
  context?: string | null;
  /** Minutes after `base` (several tickets may share one: ids then break the tie). */
  at: number;
};

const seeds: Seed[] = [
  { input: "Error code: 401 - {'error': {'message': '无效的令牌', 'type': 'new_api_error'}}", title: "无效的令牌", fingerprint: "fp-401", category: "auth.invalid_credentials", provider: "new-api", at: 1 },
  { input: "401 Unauthorized: 无效的令牌 (request id: 2024abc)", title: "无效的令牌", fingerprint: "fp-401", category: "auth.invalid_credentials", provider: "new-api", at: 5, source: "llm" },
  { input: "令 is one character and 牌 is another, far apart", title: "Scattered characters", fingerprint: "fp-scatter", category: "unknown", provider: null, at: 7 },
  { input: "openai.AuthenticationError: Error code: 401 - Incorrect API key provided", title: "Incorrect API key", fingerprint: "fp-openai-401", category: "auth.invalid_credentials", provider: "openai", at: 9, source: "llm" },
  { input: "openai.AuthenticationError: Error code: 401 - Incorrect API key provided: sk-***", title: "Incorrect API key", fingerprint: "fp-openai-401", category: "auth.invalid_credentials", provider: "openai", at: 12, source: "llm" },
  { input: "openai.AuthenticationError: invalid token again", title: "Incorrect API key", fingerprint: "fp-openai-401", category: "auth.invalid_credentials", provider: "openai", at: 15, source: "cache" },
  { input: "403 Forbidden: 该令牌无权访问模型 gpt-4o", title: "令牌无权访问", fingerprint: "fp-403", category: "auth.forbidden", provider: "new-api", at: 20 },
  { input: "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect", title: "Connection refused", fingerprint: "fp-econn", category: "network.connection", provider: null, at: 20 },
  { input: "Error: connect ECONNREFUSED 127.0.0.1:6379", title: "Connection refused", fingerprint: "fp-econn", category: "network.connection", provider: null, at: 22, status: "failed" },
  { input: "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.deepseek.com', port=443): Read timed out.", title: "Read timeout", fingerprint: "fp-timeout", category: "network.timeout", provider: "deepseek", at: 30 },
  { input: "Rate limit reached for gpt-4o in organization org-xyz on tokens per min", title: "Rate limit reached", fingerprint: "fp-rate", category: "rate_limit", provider: "openai", at: 30 },
  { input: "Rate limit reached for gpt-4o-mini on requests per day", title: "Rate limit reached", fingerprint: "fp-rate", category: "rate_limit", provider: "openai", at: 31, status: "processing" },
  { input: "TypeError: Cannot read properties of undefined (reading 'map')", title: "Cannot read properties of undefined", fingerprint: "fp-type", category: "code.type", provider: null, at: 40, language: "zh" },
  { input: "The token is invalid, secret stuff", title: "Unlisted invalid token", fingerprint: "fp-401", category: "auth.invalid_credentials", provider: "new-api", at: 45, visibility: "unlisted", source: "llm" },
  { input: "Café au lait: naïve résumé parsing failed", title: "Unicode parse", fingerprint: "fp-parse", category: "data.parse", provider: null, at: 50 },
  { input: "ModuleNotFoundError: No module named 'torch'", title: "No module named torch", fingerprint: "fp-module", category: "dependency.missing", provider: null, at: DAY / 60_000 + 3, context: "pip install in a venv" },
  { input: "ModuleNotFoundError: No module named 'numpy'", title: "No module named numpy", fingerprint: "fp-module", category: "dependency.missing", provider: null, at: DAY / 60_000 + 8 },
  { input: "fatal: not a git repository (or any of the parent directories): .git", title: "Not a git repository", fingerprint: "fp-git", category: "tool.git", provider: null, at: 2 * DAY / 60_000 },
  { input: "model_not_found: The model `gpt-5` does not exist", title: "Model not found", fingerprint: "fp-model", category: "model.not_found", provider: "azure", at: 2 * DAY / 60_000 + 1, status: "failed", source: "rules" },
  { input: "Invalid token: 401 from relay", title: "Invalid token", fingerprint: "fp-401-en", category: "auth.invalid_credentials", provider: "deepseek", at: 2 * DAY / 60_000 + 1 },
];

function toTicket(seed: Seed, i: number): NewTicket {
  const title = seed.title ?? seed.input.slice(0, 40);
  const source = seed.source ?? "rules";
  return {
    id: `t${String(i).padStart(2, "0")}-${seed.fingerprint}`.slice(0, 32),
    createdAt: new Date(base + seed.at * 60_000),
    updatedAt: new Date(base + seed.at * 60_000 + 1234),
    status: seed.status ?? "completed",
    visibility: seed.visibility ?? "listed",
    input: seed.input,
    context: seed.context ?? null,
    language: seed.language ?? "en",
    wantsLlm: source !== "rules" || seed.status === "failed",
    category: seed.category,
    provider: seed.provider ?? null,
    httpStatus: /\b(40[13])\b/.exec(seed.input) ? Number(/\b(40[13])\b/.exec(seed.input)![1]) : null,
    fingerprint: seed.fingerprint,
    classification: { category: seed.category, fingerprint: seed.fingerprint, provider: seed.provider ?? null } as Classification,
    report: report(title, source),
    ruleReport: report(title),
    reportSource: source,
    title,
    error: seed.status === "failed" ? { code: "llm_failed", message: "upstream 502" } : null,
    redactions: i % 3 === 0 ? [{ kind: "api_key", count: 1 }] : [],
    ownerTokenHash: `hash-${i}`,
  };
}

const tickets = seeds.map(toTicket);

/** An empty SQLite database in memory and a migrated PostgreSQL scratch database; close ends both. */
async function openBoth(poolMax: number): Promise<{ s: Db; p: PgDb; close: () => Promise<void> }> {
  const url = await pgTestUrl();
  await migratePostgres({ url });
  const { db: p, close: closePostgres } = openPostgres({ url, poolMax });
  const s = openDb(":memory:");
  return {
    s,
    p,
    close: async () => {
      await closePostgres();
      s.$client.close();
    },
  };
}

describe.skipIf(!pgAvailable())("PostgreSQL store = SQLite store", () => {
  let s: Db;
  let p: PgDb;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ s, p, close } = await openBoth(4));
    for (const ticket of tickets) {
      const fromS = sTickets.insertTicket({ db: s, ticket });
      const fromP = await pTickets.insertTicket({ db: p, ticket });
      expect(fromP).toEqual(fromS);
    }
  });
  afterAll(async () => {
    await close?.();
  });

  it("reads tickets back whole", async () => {
    for (const ticket of tickets) {
      const fromS = sTickets.getTicket({ db: s, id: ticket.id });
      expect(await pTickets.getTicket({ db: p, id: ticket.id })).toEqual(fromS);
      expect(fromS).not.toBeNull();
    }
    expect(await pTickets.getTicket({ db: p, id: "missing" })).toBeNull();
  });

  type Page<T> = { items: T[]; nextCursor: string | null };
  async function pageBoth<T>(
    sList: (cursor: TicketCursor | null) => Page<T>,
    pList: (cursor: TicketCursor | null) => Promise<Page<T>>,
    { sameOrder }: { sameOrder: boolean },
  ): Promise<{ s: T[]; p: T[] }> {
    const all = { s: [] as T[], p: [] as T[] };
    let sCursor: TicketCursor | null = null;
    let pCursor: TicketCursor | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const sPage = sList(sCursor);
      const pPage = await pList(pCursor);
      all.s.push(...sPage.items);
      all.p.push(...pPage.items);
      if (sameOrder) {
        expect(pPage.items).toEqual(sPage.items);
        expect(pPage.nextCursor).toBe(sPage.nextCursor);
      }
      if (!sPage.nextCursor && !pPage.nextCursor) return all;
      sCursor = sPage.nextCursor ? decodeCursor(sPage.nextCursor) : null;
      pCursor = pPage.nextCursor ? decodeCursor(pPage.nextCursor) : null;
      if (!sCursor) sList = () => ({ items: [], nextCursor: null });
      if (!pCursor) pList = async () => ({ items: [], nextCursor: null });
    }
    throw new Error("paging did not end");
  }

  const filterSets: TicketFilters[] = [
    {},
    { category: "auth.invalid_credentials" },
    { status: "failed" },
    { provider: "openai" },
    { fingerprint: "fp-401" },
    { from: new Date(base + 20 * 60_000), to: new Date(base + DAY) },
    { category: "network.connection", from: new Date(base + 21 * 60_000) },
  ];

  it("lists newest first with the same pages and cursors, for every filter and page size", async () => {
    for (const filters of filterSets) {
      for (const limit of [1, 3, 50]) {
        const all = await pageBoth(
          (cursor) => sTickets.listTickets({ db: s, filters, cursor, limit }),
          (cursor) => pTickets.listTickets({ db: p, filters, cursor, limit }),
          { sameOrder: true },
        );
        expect(all.p.length).toBe(all.s.length);
      }
    }
    // Ties on created_at are broken by id (descending) on both.
    const ids = (await pTickets.listTickets({ db: p, cursor: null, limit: 50 })).items.map((t) => t.id);
    expect(ids.indexOf("t07-fp-econn")).toBe(ids.indexOf("t06-fp-403") - 1);
  });

  const searches = [
    "令牌",
    "无效的令牌",
    "无效 令牌",
    "invalid token",
    "tok",
    "Incorrect API key",
    "AuthenticationError",
    "Error",
    "authentication",
    "econnrefused 127",
    "deepseek",
    "cafe resume",
    "naïve",
    "rate limit gpt",
    "module torch",
    "venv",
    "\"unauthorized\" AND (x OR y)",
    "gpt-4o",
    "nothing-matches-this",
  ];

  it("searches alike: the same tickets match, every page is reachable, no duplicates", async () => {
    const matched: string[] = [];
    for (const query of searches) {
      for (const filters of [{}, { category: "auth.invalid_credentials" as const }, { provider: "openai" }]) {
        for (const limit of [2, 50]) {
          const all = await pageBoth(
            (cursor) => sTickets.listTickets({ db: s, query, filters, cursor, limit }),
            (cursor) => pTickets.listTickets({ db: p, query, filters, cursor, limit }),
            { sameOrder: false },
          );
          const ids = (list: Ticket[]) => list.map((t) => t.id);
          expect(new Set(ids(all.p)).size, query).toBe(all.p.length);
          // Relevance is computed differently (bm25 vs ts_rank_cd normalised by length), yet on
          // this data the order is the same; the cursors' ranks differ (engine scores).
          expect(ids(all.p), `${query} ${JSON.stringify(filters)} ${limit}`).toEqual(ids(all.s));
          if (limit === 50 && Object.keys(filters).length === 0) matched.push(`${query}: ${all.s.length}`);
        }
      }
    }
    // The data really exercises the search (SQLite's counts, which PostgreSQL matched above).
    expect(matched).toEqual(["令牌: 3", "无效的令牌: 2", "无效 令牌: 2", "invalid token: 2", "tok: 3", "Incorrect API key: 3", "AuthenticationError: 3", "Error: 9", "authentication: 3", "econnrefused 127: 2", "deepseek: 1", "cafe resume: 1", "naïve: 1", "rate limit gpt: 2", "module torch: 1", "venv: 1", '"unauthorized" AND (x OR y): 0', "gpt-4o: 3", "nothing-matches-this: 0"]);
  });

  it("finds 令牌 inside 无效的令牌 but not 令 and 牌 apart, and never unlisted tickets", async () => {
    const ids = async (query: string) => (await pTickets.listTickets({ db: p, query, cursor: null, limit: 50 })).items.map((t) => t.id).sort();
    expect(await ids("令牌")).toEqual(["t00-fp-401", "t01-fp-401", "t06-fp-403"]);
    expect(await ids("无效的令牌")).toEqual(["t00-fp-401", "t01-fp-401"]);
    expect(await ids("令")).toEqual(["t00-fp-401", "t01-fp-401", "t02-fp-scatter", "t06-fp-403"]);
    expect(await ids("token")).not.toContain("t13-fp-401");
    expect(await ids("&|!():*<>")).toEqual([]);
    expect(await ids("api.deepseek")).toEqual(["t09-fp-timeout"]);
  });

  it("ranks a match in a short paste above one in a long paste, as SQLite's bm25 does", async () => {
    const fromP = (await pTickets.listTickets({ db: p, query: "token", cursor: null, limit: 50 })).items.map((t) => t.id);
    expect(fromP).toEqual(["t19-fp-401-en", "t05-fp-openai-401", "t10-fp-rate"]);
    expect(sTickets.listTickets({ db: s, query: "token", cursor: null, limit: 50 }).items.map((t) => t.id)).toEqual(fromP);
  });

  it("groups alike, with and without a search, paged to the end", async () => {
    for (const filters of filterSets) {
      for (const query of [null, "令牌", "token", "error", "rate limit"]) {
        for (const limit of [1, 2, 50]) {
          await pageBoth(
            (cursor) => sGroups.listTicketGroups({ db: s, query, filters, cursor, limit }),
            (cursor) => pGroups.listTicketGroups({ db: p, query, filters, cursor, limit }),
            { sameOrder: true },
          );
        }
      }
    }
  });

  it("counts groups per day, group stats, similar tickets, best ticket, ids and providers alike", async () => {
    const fingerprints = [...new Set(tickets.map((t) => t.fingerprint)), "fp-none"];
    for (const now of [new Date(base + 3 * DAY), new Date(base + 10 * DAY), new Date(base - DAY)]) {
      for (const days of [1, 7, 30]) {
        expect(await pGroups.dailyGroupCounts({ db: p, fingerprints, days, now })).toEqual(sGroups.dailyGroupCounts({ db: s, fingerprints, days, now }));
      }
    }
    expect(await pTickets.groupStats({ db: p, fingerprints })).toEqual(sTickets.groupStats({ db: s, fingerprints }));
    expect(await pTickets.groupStats({ db: p, fingerprints: [] })).toEqual(new Map());
    for (const ticket of tickets) {
      const full = sTickets.getTicket({ db: s, id: ticket.id })!;
      for (const limit of [1, 3, 10]) {
        expect(await pTickets.listSimilarTickets({ db: p, ticket: full, limit })).toEqual(sTickets.listSimilarTickets({ db: s, ticket: full, limit }));
      }
    }
    for (const fingerprint of fingerprints) {
      expect(await pTickets.findBestGroupTicket({ db: p, fingerprint })).toEqual(sTickets.findBestGroupTicket({ db: s, fingerprint }));
      expect(await pTickets.groupTicketIds({ db: p, fingerprint })).toEqual(sTickets.groupTicketIds({ db: s, fingerprint }));
      expect(await pTickets.groupTicketIds({ db: p, fingerprint, limit: 1 })).toEqual(sTickets.groupTicketIds({ db: s, fingerprint, limit: 1 }));
      for (const language of ["en", "zh"]) {
        const args = { fingerprint, language };
        expect(await pTickets.findReusableLlmTickets({ db: p, ...args })).toEqual(sTickets.findReusableLlmTickets({ db: s, ...args }));
        const excludeId = tickets.find((t) => t.fingerprint === fingerprint && t.reportSource === "llm")?.id;
        expect(await pTickets.findReusableLlmTickets({ db: p, ...args, excludeId, limit: 1 })).toEqual(sTickets.findReusableLlmTickets({ db: s, ...args, excludeId, limit: 1 }));
        expect(await pTickets.findReusableLlmTicket({ db: p, ...args })).toEqual(sTickets.findReusableLlmTicket({ db: s, ...args }));
      }
    }
    expect(await pTickets.listProviders({ db: p })).toEqual(sTickets.listProviders({ db: s }));
    for (const status of ["processing", "completed", "failed"] as const) {
      expect(await pTickets.listTicketIdsByStatus({ db: p, status })).toEqual(sTickets.listTicketIdsByStatus({ db: s, status }));
    }
  });

  it("reads the same stats", async () => {
    for (const since of [new Date(base), new Date(base + DAY), new Date(base - 30 * DAY)]) {
      const fromS = sStats.readStats({ db: s, since });
      const fromP = await pStats.readStats({ db: p, since });
      // Rows SQLite returns in an unspecified order are compared sorted.
      const sorted = <T,>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect({ ...fromP, perDay: sorted(fromP.perDay), sources: sorted(fromP.sources) }).toEqual({ ...fromS, perDay: sorted(fromS.perDay), sources: sorted(fromS.sources) });
      expect(fromP.total).toBeGreaterThan(0);
    }
  });

  it("votes alike: outcomes, totals on the ticket, per-target counts, solution votes and fix rates", async () => {
    const now = new Date(base + 5 * DAY);
    const casts: Array<[string, string, string, 1 | -1]> = [
      ["t00-fp-401", "report", "v1", 1],
      ["t00-fp-401", "report", "v1", 1],
      ["t00-fp-401", "report", "v1", -1],
      ["t00-fp-401", "report", "v2", 1],
      ["t01-fp-401", "report", "v3", -1],
      ["t07-fp-econn", "report", "v1", 1],
      ["t13-fp-401", "report", "v9", 1],
      ["missing", "report", "v1", 1],
    ];
    for (const [ticketId, target, voter, value] of casts) {
      expect(await pVotes.castVote({ db: p, ticketId, target, voter, value, now })).toBe(sVotes.castVote({ db: s, ticketId, target, voter, value, now }));
    }
    const solutionCasts: Array<[string, number, string]> = [
      ["t00-fp-401", 1, "v1"],
      ["t00-fp-401", 1, "v1"],
      ["t00-fp-401", 2, "v1"],
      ["t01-fp-401", 2, "v4"],
      ["t01-fp-401", 1, "v5"],
      ["t13-fp-401", 1, "v6"],
      ["t07-fp-econn", 3, "v7"],
      ["missing", 1, "v1"],
    ];
    for (const [ticketId, solution, voter] of solutionCasts) {
      expect(await pSolutions.castSolutionVote({ db: p, ticketId, solution, voter, now })).toBe(sSolutions.castSolutionVote({ db: s, ticketId, solution, voter, now }));
    }
    for (const ticket of tickets) {
      expect(await pVotes.countVotes({ db: p, ticketId: ticket.id })).toEqual(sVotes.countVotes({ db: s, ticketId: ticket.id }));
      expect(await pTickets.getTicket({ db: p, id: ticket.id })).toEqual(sTickets.getTicket({ db: s, id: ticket.id }));
      for (const voter of ["v1", "v4", "v5", "nobody"]) {
        expect(await pSolutions.votedSolution({ db: p, ticketId: ticket.id, voter })).toBe(sSolutions.votedSolution({ db: s, ticketId: ticket.id, voter }));
      }
    }
    for (const fingerprint of ["fp-401", "fp-econn", "fp-none"]) {
      expect(await pSolutions.groupSolutionVotes({ db: p, fingerprint })).toEqual(sSolutions.groupSolutionVotes({ db: s, fingerprint }));
    }
    expect(await pSolutions.fixRateByCategory({ db: p })).toEqual(sSolutions.fixRateByCategory({ db: s }));
    expect((await pStats.readStats({ db: p, since: new Date(base) })).feedback).toEqual(sStats.readStats({ db: s, since: new Date(base) }).feedback);
  });

  it("keeps one vote per voter under concurrent clicks", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => pVotes.castVote({ db: p, ticketId: "t09-fp-timeout", target: "report", voter: "racer", value: i % 2 === 0 ? 1 : -1 })),
    );
    expect(outcomes.filter((o) => o === "added")).toHaveLength(1);
    const counts = (await pVotes.countVotes({ db: p, ticketId: "t09-fp-timeout" })).get("report")!;
    const row = (await pTickets.getTicket({ db: p, id: "t09-fp-timeout" }))!;
    expect(counts.up + counts.down).toBe(1);
    expect([row.feedbackUp, row.feedbackDown]).toEqual([counts.up, counts.down]);
    await Promise.all(Array.from({ length: 6 }, (_, i) => pSolutions.castSolutionVote({ db: p, ticketId: "t09-fp-timeout", solution: (i % 3) + 1, voter: "racer" })));
    expect((await pSolutions.groupSolutionVotes({ db: p, fingerprint: "fp-timeout" })).voters).toBe(1);
  });

  it("updates alike: compare-and-set on the status, and a new title is searchable", async () => {
    const id = "t11-fp-rate";
    const at = new Date(base + 6 * DAY);
    const wrong = { id, changes: { status: "completed" as const, updatedAt: at }, onlyIfStatus: "failed" as const };
    expect(await pTickets.updateTicket({ db: p, ...wrong })).toBeNull();
    expect(sTickets.updateTicket({ db: s, ...wrong })).toBeNull();
    const right = { id, changes: { status: "completed" as const, title: "Quota tokens exhausted", llmAttempts: 2, updatedAt: at }, onlyIfStatus: "processing" as const };
    expect(await pTickets.updateTicket({ db: p, ...right })).toEqual(sTickets.updateTicket({ db: s, ...right }));
    // The CAS is won once when two writers race.
    const again = await Promise.all([0, 1].map(() => pTickets.updateTicket({ db: p, id, changes: { status: "failed" }, onlyIfStatus: "completed" })));
    expect(again.filter(Boolean)).toHaveLength(1);
    sTickets.updateTicket({ db: s, id, changes: { status: "failed", updatedAt: again.find(Boolean)!.updatedAt }, onlyIfStatus: "completed" });
    for (const query of ["exhausted", "quota tokens"]) {
      const ids = async () => (await pTickets.listTickets({ db: p, query, cursor: null, limit: 10 })).items.map((t) => t.id);
      expect(await ids()).toEqual([id]);
      expect(sTickets.listTickets({ db: s, query, cursor: null, limit: 10 }).items.map((t) => t.id)).toEqual([id]);
    }
    expect(await pTickets.getTicket({ db: p, id })).toEqual(sTickets.getTicket({ db: s, id }));
    expect(await pTickets.updateTicket({ db: p, id: "missing", changes: { status: "failed" } })).toBeNull();
  });

  it("deletes alike: gone from reads, search and votes", async () => {
    for (const id of ["t00-fp-401", "missing"]) {
      expect(await pTickets.deleteTicket({ db: p, id })).toBe(sTickets.deleteTicket({ db: s, id }));
    }
    expect(await pTickets.getTicket({ db: p, id: "t00-fp-401" })).toBeNull();
    expect((await pTickets.listTickets({ db: p, query: "无效的令牌", cursor: null, limit: 10 })).items.map((t) => t.id)).toEqual(["t01-fp-401"]);
    expect(await pVotes.countVotes({ db: p, ticketId: "t00-fp-401" })).toEqual(new Map());
    expect(await pSolutions.groupSolutionVotes({ db: p, fingerprint: "fp-401" })).toEqual(sSolutions.groupSolutionVotes({ db: s, fingerprint: "fp-401" }));
    const { rows } = await p.$client.query<{ n: number }>("SELECT count(*)::int AS n FROM ticket_search WHERE ticket_id = 't00-fp-401'");
    expect(rows[0]!.n).toBe(0);
  });
});

/**
 * The summaries (ticket_groups, ticket_group_days) under change: the same random history
 * written to both engines through the store functions (inserts, deletes, visibility and
 * fingerprint updates, a random mix), and after each step both engines' grouped pages,
 * overviews and day counts agree, and each engine's summaries equal a recount from tickets.
 */
describe.skipIf(!pgAvailable())("grouped-history summaries on PostgreSQL = SQLite, under inserts, deletes and updates", () => {
  let s: Db;
  let p: PgDb;
  let close: () => Promise<void>;
  const rng = seededRandom(1616);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const fingerprints = ["fp-a", "fp-b", "fp-c", "fp-d", "fp-e", "fp-f"];
  const live = new Map<string, NewTicket>();
  let serial = 0;

  function randomTicket(): NewTicket {
    const i = serial++;
    const fingerprint = pick(fingerprints);
    const category = pick(["auth.invalid_credentials", "network.timeout", "rate_limit"] as const);
    const provider = pick([null, "openai", "new-api"]);
    const word = pick(["token invalid", "无效的令牌", "connection timed out", "quota exceeded token"]);
    // Times over 40 days, a few on the same millisecond (ids break the tie).
    const at = base + Math.floor(rng() * 40) * DAY + (rng() < 0.2 ? 0 : Math.floor(rng() * DAY));
    return {
      ...toTicket({ input: `${word} #${i}`, title: word, fingerprint, category, provider, at: 0, language: rng() < 0.5 ? "zh" : "en", status: pick(["completed", "failed", "processing"] as const) }, i),
      id: `m${String(i).padStart(4, "0")}-${Math.floor(rng() * 1e6).toString(36)}`,
      createdAt: new Date(at),
      updatedAt: new Date(at + 1000),
      visibility: rng() < 0.8 ? "listed" : "unlisted",
    };
  }

  async function insert(ticket: NewTicket) {
    sTickets.insertTicket({ db: s, ticket });
    await pTickets.insertTicket({ db: p, ticket });
    live.set(ticket.id, ticket);
  }
  async function remove(id: string) {
    expect(await pTickets.deleteTicket({ db: p, id })).toBe(sTickets.deleteTicket({ db: s, id }));
    live.delete(id);
  }
  async function update(id: string, changes: Partial<Pick<NewTicket, "visibility" | "fingerprint" | "status">>) {
    const at = new Date(base + 50 * DAY);
    const fromS = sTickets.updateTicket({ db: s, id, changes: { ...changes, updatedAt: at } });
    expect(await pTickets.updateTicket({ db: p, id, changes: { ...changes, updatedAt: at } })).toEqual(fromS);
    live.set(id, { ...live.get(id)!, ...changes });
  }
  const someLive = () => pick([...live.keys()]);

  type SummaryRow = { fingerprint: string; count: number; firstAt: number; lastAt: number; latestId: string };
  type DayRow = { fingerprint: string; day: number; count: number };
  const recountGroupsSql = `
    SELECT g.fingerprint, g.n AS count, g.first_at AS "firstAt", g.last_at AS "lastAt",
      (SELECT max(l.id) FROM tickets l WHERE l.fingerprint = g.fingerprint AND l.visibility = 'listed' AND l.created_at = g.last_at) AS "latestId"
    FROM (SELECT fingerprint, count(*) AS n, min(created_at) AS first_at, max(created_at) AS last_at FROM tickets WHERE visibility = 'listed' GROUP BY fingerprint) g
    ORDER BY 1`;

  async function expectSummariesAreRecounts(step: string) {
    // PostgreSQL: the summary tables against a recount from tickets.
    const ms = (column: string) => `round(extract(epoch from ${column}) * 1000)::float8`;
    const pGroupsRows = (await p.$client.query<SummaryRow>(
      `SELECT fingerprint, listed_count AS count, ${ms("first_at")} AS "firstAt", ${ms("last_at")} AS "lastAt", latest_id AS "latestId" FROM ticket_groups ORDER BY 1`,
    )).rows;
    const pRecount = (await p.$client.query<SummaryRow>(
      `SELECT fingerprint, count::int, ${ms('"firstAt"')} AS "firstAt", ${ms('"lastAt"')} AS "lastAt", "latestId" FROM (${recountGroupsSql}) r ORDER BY 1`,
    )).rows;
    expect(pGroupsRows, step).toEqual(pRecount);
    const pDays = (await p.$client.query<DayRow>("SELECT fingerprint, day, listed_count AS count FROM ticket_group_days ORDER BY 1, 2")).rows;
    const pDayRecount = (await p.$client.query<DayRow>(
      "SELECT fingerprint, floor(extract(epoch from created_at) / 86400)::int AS day, count(*)::int AS count FROM tickets WHERE visibility = 'listed' GROUP BY 1, 2 ORDER BY 1, 2",
    )).rows;
    expect(pDays, step).toEqual(pDayRecount);
    // SQLite: the same check, and the two engines' summaries are the same rows.
    const sGroupsRows = s.$client
      .prepare("SELECT fingerprint, listed_count AS count, first_at AS firstAt, last_at AS lastAt, latest_id AS latestId FROM ticket_groups ORDER BY 1")
      .all();
    expect(sGroupsRows, step).toEqual(s.$client.prepare(recountGroupsSql).all());
    expect(pGroupsRows, step).toEqual(sGroupsRows);
    expect(pDays, step).toEqual(s.$client.prepare("SELECT fingerprint, day, listed_count AS count FROM ticket_group_days ORDER BY 1, 2").all());
    // And the summaries cover exactly the live listed tickets.
    const listed = [...live.values()].filter((t) => t.visibility === "listed");
    expect(pGroupsRows.reduce((n, row) => n + row.count, 0), step).toBe(listed.length);
  }

  async function expectReadsAgree(step: string) {
    const filterSets: TicketFilters[] = [{}, { provider: "openai" }, { status: "failed" }, { category: "rate_limit", from: new Date(base + 10 * DAY) }];
    for (const filters of filterSets) {
      for (const query of [null, "token", "令牌"]) {
        for (const limit of [2, 50]) {
          let sCursor: TicketCursor | null = null;
          let pCursor: TicketCursor | null = null;
          for (let guard = 0; guard < 20; guard++) {
            const sPage = sGroups.listTicketGroups({ db: s, query, filters, cursor: sCursor, limit });
            const pPage = await pGroups.listTicketGroups({ db: p, query, filters, cursor: pCursor, limit });
            expect(pPage, `${step} ${query} ${JSON.stringify(filters)} ${limit}`).toEqual(sPage);
            if (!sPage.nextCursor) break;
            sCursor = decodeCursor(sPage.nextCursor);
            pCursor = decodeCursor(pPage.nextCursor!);
          }
        }
      }
    }
    for (const now of [new Date(base + 20 * DAY), new Date(base + 45 * DAY)]) {
      for (const days of [7, 30]) {
        const all = [...fingerprints, "fp-none"];
        expect(await pGroups.dailyGroupCounts({ db: p, fingerprints: all, days, now }), step).toEqual(sGroups.dailyGroupCounts({ db: s, fingerprints: all, days, now }));
        for (const fingerprint of all) {
          expect(await pGroups.groupOverview({ db: p, fingerprint, days, now }), `${step} ${fingerprint}`).toEqual(sGroups.groupOverview({ db: s, fingerprint, days, now }));
        }
      }
    }
    await expectSummariesAreRecounts(step);
  }

  beforeAll(async () => {
    ({ s, p, close } = await openBoth(6));
  });
  afterAll(async () => {
    await close?.();
  });

  it("agree after inserts", async () => {
    for (let i = 0; i < 90; i++) await insert(randomTicket());
    await expectReadsAgree("inserts");
  });

  it("agree after deletes", async () => {
    for (let i = 0; i < 20; i++) await remove(someLive());
    await remove("missing");
    await expectReadsAgree("deletes");
  });

  it("agree after visibility and fingerprint updates", async () => {
    for (let i = 0; i < 25; i++) {
      const id = someLive();
      await update(id, { visibility: live.get(id)!.visibility === "listed" ? "unlisted" : "listed" });
    }
    // Setting a value it already has, or a column the summaries ignore, changes nothing.
    const id = someLive();
    await update(id, { visibility: live.get(id)!.visibility, status: "completed" });
    for (let i = 0; i < 5; i++) await update(someLive(), { fingerprint: pick(fingerprints) });
    await expectReadsAgree("updates");
  });

  it("agree after a random mix, and a group emptied of listed tickets disappears", async () => {
    for (let i = 0; i < 120; i++) {
      const r = rng();
      if (r < 0.45 || live.size < 10) await insert(randomTicket());
      else if (r < 0.65) await remove(someLive());
      else if (r < 0.85) {
        const id = someLive();
        await update(id, { visibility: live.get(id)!.visibility === "listed" ? "unlisted" : "listed" });
      } else if (r < 0.95) await update(someLive(), { status: pick(["completed", "failed"] as const) });
      else await update(someLive(), { fingerprint: pick(fingerprints) });
    }
    await expectReadsAgree("mix");
    for (const [id, ticket] of live) if (ticket.fingerprint === "fp-f") await remove(id);
    expect(await pGroups.groupOverview({ db: p, fingerprint: "fp-f" })).toBeNull();
    await expectReadsAgree("fp-f emptied");
  });

  it("keeps exact counts under concurrent inserts and deletes of one error", async () => {
    const batch = Array.from({ length: 40 }, () => ({ ...randomTicket(), fingerprint: "fp-race", visibility: "listed" as const }));
    await Promise.all(batch.map((ticket) => pTickets.insertTicket({ db: p, ticket })));
    await Promise.all(batch.slice(0, 15).map((ticket) => pTickets.deleteTicket({ db: p, id: ticket.id })));
    for (const ticket of batch.slice(15)) {
      sTickets.insertTicket({ db: s, ticket });
      live.set(ticket.id, ticket);
    }
    expect((await pGroups.groupOverview({ db: p, fingerprint: "fp-race" }))?.count).toBe(25);
    await expectSummariesAreRecounts("concurrent");
  });
});

/**
 * A grouped search over more matches than SEARCH_GROUP_WINDOW: both engines group the same
 * newest matches, say `partial`, count each listed group's matches in full, and page alike.
 */
describe.skipIf(!pgAvailable())("a grouped search past the window on PostgreSQL = SQLite", () => {
  let s: Db;
  let p: PgDb;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ s, p, close } = await openBoth(4));
    const rng = seededRandom(2000);
    // Old matches in groups of their own (fp-old-*), then more than a window of newer ones in
    // a few groups, one of which (fp-w0) also has old matches; unlisted ones in between.
    const rows: NewTicket[] = [];
    const total = sGroups.SEARCH_GROUP_WINDOW + 300;
    for (let i = 0; i < total; i++) {
      const fingerprint = i < 150 ? (i % 3 === 0 ? "fp-w0" : `fp-old-${i % 7}`) : `fp-w${i % 5}`;
      const ticket = toTicket({ input: `flood error number ${i}`, title: "Flood", fingerprint, category: i % 2 ? "rate_limit" : "unknown", provider: i % 3 ? "openai" : null, at: 0 }, i);
      rows.push({ ...ticket, id: `w${String(i).padStart(5, "0")}`, createdAt: new Date(base + i * 1000), visibility: rng() < 0.1 ? "unlisted" : "listed" });
    }
    for (const ticket of rows) sTickets.insertTicket({ db: s, ticket });
    await p.transaction(async (tx) => {
      for (const ticket of rows) await pTickets.insertTicket({ db: tx as unknown as PgDb, ticket });
    });
  }, 120_000);
  afterAll(async () => {
    await close?.();
  });

  it("groups the newest matches, says partial, counts the listed groups in full, pages alike", async () => {
    for (const filters of [{}, { category: "rate_limit" }, { provider: "openai" }, { from: new Date(base + 100_000) }] as TicketFilters[]) {
      const columnFilter = Boolean(filters.category || filters.status || filters.provider);
      for (const limit of [2, 50]) {
        let sCursor: TicketCursor | null = null;
        let pCursor: TicketCursor | null = null;
        const seen: string[] = [];
        for (let guard = 0; guard < 20; guard++) {
          const pPage = await pGroups.listTicketGroups({ db: p, query: "flood", filters, cursor: pCursor, limit });
          expect(pPage.partial).toBe(true);
          seen.push(...pPage.items.map((item) => item.fingerprint));
          // With a column filter, each group's count is also checked against a recount.
          if (columnFilter) {
            for (const item of pPage.items) {
              const { rows } = await p.$client.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM tickets WHERE fingerprint = $1 AND visibility = 'listed' AND ${filters.category ? "category = $2" : "provider = $2"}`,
                [item.fingerprint, filters.category ?? filters.provider],
              );
              expect(item.count, item.fingerprint).toBe(rows[0]!.n);
            }
          }
          const sPage = sGroups.listTicketGroups({ db: s, query: "flood", filters, cursor: sCursor, limit });
          expect(pPage, `${JSON.stringify(filters)} ${limit}`).toEqual(sPage);
          if (!sPage.nextCursor) break;
          sCursor = decodeCursor(sPage.nextCursor);
          pCursor = decodeCursor(pPage.nextCursor!);
        }
        expect(new Set(seen).size).toBe(seen.length);
        // The old-only groups are outside the window; fp-w0's count includes its old matches.
        expect(seen.some((fingerprint) => fingerprint.startsWith("fp-old"))).toBe(false);
      }
    }
    const first = await pGroups.listTicketGroups({ db: p, query: "flood", cursor: null, limit: 50 });
    const w0 = first.items.find((item) => item.fingerprint === "fp-w0")!;
    const { rows } = await p.$client.query<{ n: number }>("SELECT count(*)::int AS n FROM tickets WHERE fingerprint = 'fp-w0' AND visibility = 'listed'");
    expect(w0.count).toBe(rows[0]!.n);
    // A narrow search is whole: no `partial`.
    expect(await pGroups.listTicketGroups({ db: p, query: "number 7", cursor: null, limit: 5 })).toEqual(sGroups.listTicketGroups({ db: s, query: "number 7", cursor: null, limit: 5 }));
    expect((await pGroups.listTicketGroups({ db: p, query: "number 7", cursor: null, limit: 5 })).partial).toBeUndefined();
  });
});
