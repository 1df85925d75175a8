/**
 * The same data in SQLite (the reference) and in a scratch PostgreSQL database, then every
 * store function asked the same questions on both: items, order, cursors paged to the end,
 * counts, stats and search. Differences that are by design are named where they are tolerated.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Category, Classification } from "@/lib/classifier/schema";
import type { Report, ReportSource } from "@/lib/report/schema";
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

describe.skipIf(!pgAvailable())("PostgreSQL store = SQLite store", () => {
  let s: Db;
  let p: PgDb;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const url = await pgTestUrl();
    await migratePostgres({ url });
    ({ db: p, close } = openPostgres({ url, poolMax: 4 }));
    s = openDb(":memory:");
    for (const ticket of tickets) {
      const fromS = sTickets.insertTicket({ db: s, ticket });
      const fromP = await pTickets.insertTicket({ db: p, ticket });
      expect(fromP).toEqual(fromS);
    }
  });
  afterAll(async () => {
    await close?.();
    s?.$client.close();
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
