/**
 * The bench's scale-out parts (issue 15): history and search at 100k tickets on PostgreSQL, and
 * creates per second with one instance and with two behind nginx, on PostgreSQL and on one
 * SQLite file. Called by scripts/bench.ts (BENCH_PARTS=postgres,instances).
 */
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { createPostgresStore } from "@/lib/db/pg/store";
import { encodeCursor } from "@/lib/db/tickets";
import { parseEnv } from "@/lib/env";
import { buildContext, setAppContext } from "@/lib/server/context";
import { parseListQuery } from "@/lib/tickets/list-query";
import { seedTickets } from "../seed";
import { AppProcess } from "./app-process";
import { Nginx, nginxAvailable } from "./nginx";
import { createScratchDatabase, testDatabaseUrl } from "./pg-cluster";
import { sampleError, seededRandom } from "./sample-errors";

export type BenchRow = { area: string; measure: string; value: string; reference: string; target: string; ok: boolean | null; note?: string };
type Timing = { p50: number; p99: number };
type Tools = {
  rows: BenchRow[];
  peak: { rss: number };
  workDir: string;
  seedCount: number;
  timeSequential: (fn: () => Promise<void> | void, count: number) => Promise<Timing>;
  ms: (n: number) => string;
  /** The same history queries the SQLite part measures: [name, query string]. */
  historyQueries: (deepCursor: string) => Array<[string, string]>;
};

const NO_LLM = { LLM_BASE_URL: "", LLM_API_KEY: "", OPENAI_BASE_URL: "", OPENAI_API_KEY: "" };

/** History and search at `seedCount` tickets on PostgreSQL: in process through the store, and over HTTP. */
export async function benchPostgresHistory(tools: Tools): Promise<Record<string, unknown>> {
  const { rows, seedCount, timeSequential, ms } = tools;
  const server = await testDatabaseUrl();
  if (!server) {
    rows.push({ area: "postgres", measure: "history on PostgreSQL", value: "skipped", reference: "no PostgreSQL server binaries and no TEST_DATABASE_URL", target: "", ok: null });
    return {};
  }
  try {
    const url = await createScratchDatabase(server.url, "bench_");
    const store = createPostgresStore({ url, poolMax: 10, statementTimeoutMs: 60_000 });
    console.log(`bench: seeding ${seedCount} tickets into PostgreSQL…`);
    const started = performance.now();
    await seedTickets({ store, count: seedCount });
    const seedSeconds = (performance.now() - started) / 1000;
    rows.push({ area: "postgres", measure: `seed ${seedCount} tickets (1,000 per transaction)`, value: `${seedSeconds.toFixed(1)} s`, reference: `${Math.round(seedCount / seedSeconds)} tickets/s`, target: "", ok: null });

    // The same deep cursor position as the SQLite part: the 90th percentile row, newest first.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const deep = await client.query<{ createdAt: number; id: string }>(
      `SELECT round(extract(epoch from created_at) * 1000)::float8 AS "createdAt", id FROM tickets
       WHERE visibility = 'listed' ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET $1`,
      [Math.floor(seedCount * 0.9)],
    );
    await client.end();
    const row = deep.rows[0]!;
    const cursor = encodeCursor({ kind: "time", createdAt: Number(row.createdAt), id: row.id });
    const queries = tools.historyQueries(cursor);

    // In process: the service functions the route runs, on this store.
    setAppContext(buildContext(parseEnv({ ...NO_LLM, DATABASE_URL: url }), store));
    const { listHistory, listHistoryGroups } = await import("@/lib/tickets/service");
    const timings: Record<string, { serverMs: Timing; httpMs?: Timing }> = {};
    for (const [name, query] of queries) {
      const parsed = parseListQuery(new URLSearchParams(query));
      timings[name] = { serverMs: await timeSequential(async () => void (await (parsed.grouped ? listHistoryGroups(parsed) : listHistory(parsed))), 200) };
    }
    setAppContext(undefined);

    const app = new AppProcess(3212, { ...NO_LLM, DATABASE_URL: url });
    await app.start();
    const sampler = setInterval(() => (tools.peak.rss = Math.max(tools.peak.rss, app.rssBytes())), 200);
    try {
      for (const [name, query] of queries) {
        timings[name]!.httpMs = await timeSequential(async () => {
          const response = await fetch(`${app.baseUrl}/api/v1/diagnoses?${query}`);
          if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
          await response.arrayBuffer();
        }, 200);
      }
    } finally {
      clearInterval(sampler);
      await app.kill("SIGTERM");
      await store.close();
    }
    for (const [name] of queries) {
      const { serverMs, httpMs } = timings[name]!;
      rows.push({
        area: "postgres",
        measure: name,
        value: `p50 ${ms(serverMs.p50)} · p99 ${ms(serverMs.p99)} server`,
        reference: `over HTTP p50 ${ms(httpMs!.p50)} · p99 ${ms(httpMs!.p99)}`,
        target: "p99 < 50 ms",
        ok: serverMs.p99 < 50,
      });
    }
    return timings;
  } finally {
    server.stop();
  }
}

/** Creates per second, 50 connections: one instance, then two behind nginx, on one database. */
export async function benchInstances(tools: Tools): Promise<Record<string, unknown>> {
  const { rows } = tools;
  if (!nginxAvailable) {
    rows.push({ area: "instances", measure: "two instances vs one", value: "skipped", reference: "nginx is not installed", target: "", ok: null });
    return {};
  }
  const server = await testDatabaseUrl();
  const results: Record<string, unknown> = {};
  try {
    const databases: Array<[string, () => Promise<string>]> = [
      ["SQLite file", async () => `file:${path.join(tools.workDir, `instances-${Date.now()}.db`)}`],
      ...(server ? ([["PostgreSQL", () => createScratchDatabase(server.url, "bench_")]] as Array<[string, () => Promise<string>]>) : []),
    ];
    for (const [engine, databaseUrl] of databases) {
      const one = await measureCreates([3213], await databaseUrl(), tools);
      const two = await measureCreates([3214, 3215], await databaseUrl(), tools);
      results[engine] = { one, two };
      rows.push({
        area: "instances",
        measure: `creates on ${engine}, 50 connections through nginx`,
        value: `two instances ${Math.round(two.rps)} /s (p99 ${two.p99} ms)`,
        reference: `one instance ${Math.round(one.rps)} /s (p99 ${one.p99} ms)`,
        target: "no errors",
        ok: one.non2xx + one.errors + two.non2xx + two.errors === 0,
        note: "both instances and the load generator share the same two cores here",
      });
    }
    return results;
  } finally {
    server?.stop();
  }
}

async function measureCreates(ports: number[], databaseUrl: string, tools: Tools) {
  const apps = ports.map((port) => new AppProcess(port, { ...NO_LLM, DATABASE_URL: databaseUrl }));
  await Promise.all(apps.map((app) => app.start()));
  const proxy = new Nginx(3216, ports);
  await proxy.start();
  const sampler = setInterval(() => {
    for (const app of apps) tools.peak.rss = Math.max(tools.peak.rss, app.rssBytes());
  }, 200);
  try {
    const rng = seededRandom(11);
    const options: autocannon.Options = {
      url: `${proxy.baseUrl}/api/v1/diagnoses`,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ text: sampleError(rng), lang: rng() < 0.5 ? "zh" : "en" }) }) }],
    };
    await autocannon({ connections: 50, duration: 3, ...options });
    const result = await autocannon({ connections: 50, duration: Number(process.env.BENCH_SECONDS ?? 10), ...options });
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
  } finally {
    clearInterval(sampler);
    await proxy.stop();
    await Promise.all(apps.map((app) => app.kill("SIGTERM")));
  }
}
