import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import pgLib from "pg";
import { AppProcess, tempDatabaseUrl } from "../scripts/lib/app-process";
import { createScratchDatabase, startStoppedPostgres, stopThrowawayPostgres } from "../scripts/lib/pg-cluster";
import { Nginx, nginxAvailable } from "../scripts/lib/nginx";
import { FAKE_LLM_KEY, fakeLlmUrl, pg, ports } from "./support/servers";
import { uniqueWord } from "./support/unique";

/**
 * Two errdoc instances on one database behind nginx, as the README's "Run more than one
 * instance" describes: on PostgreSQL, and on one SQLite file (two processes, WAL).
 */
type Engine = { name: "postgres" | "sqlite"; databaseUrl: () => Promise<string> };
const engines: Engine[] = [
  { name: "postgres", databaseUrl: () => createScratchDatabase(pg.url!, pg.scratchPrefix) },
  { name: "sqlite", databaseUrl: async () => tempDatabaseUrl("multi").url },
];

const RATE_LIMIT = 10;
const word = () => uniqueWord();
const slowTimeout = (name: string) => `openai.APITimeoutError: Request timed out while calling ${name} [[fake-llm:slow]]`;
let clientNumber = 0;
/** A client address of its own (nginx appends the real peer; the instances trust loopback proxies). */
const newClient = () => ({ "x-forwarded-for": `198.51.${100 + Math.floor(++clientNumber / 250)}.${clientNumber % 250}` });

async function create(baseUrl: string, text: string, headers: Record<string, string> = newClient(), mode = "auto") {
  return fetch(`${baseUrl}/api/v1/diagnoses`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ text, lang: "en", mode }),
  });
}

async function statusOf(baseUrl: string, id: string): Promise<{ status: string; report: { source: string } }> {
  return (await fetch(`${baseUrl}/api/v1/diagnoses/${id}`)).json();
}

/** Reads a ticket's server-sent events until `done`: the events' names and the text streamed. */
async function readEvents(baseUrl: string, id: string): Promise<{ names: string[]; text: string; done: { status: string } | null }> {
  const response = await fetch(`${baseUrl}/api/v1/diagnoses/${id}/events`);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const decoder = new TextDecoder();
  let buffer = "";
  const names: string[] = [];
  let text = "";
  let done: { status: string } | null = null;
  const reader = response.body!.getReader();
  for (;;) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (!event || !data) continue;
      names.push(event);
      const payload = JSON.parse(data);
      if (event === "snapshot") text = payload.text;
      if (event === "delta") text += payload.text;
      if (event === "reset") text = "";
      if (event === "done") done = payload;
    }
  }
  return { names, text, done };
}

async function llmCallsFor(tag: string): Promise<number> {
  const recorded: Array<{ body?: unknown }> = await (await fetch(`${fakeLlmUrl}/__requests`)).json();
  return recorded.filter((request) => JSON.stringify(request).includes(tag)).length;
}

for (const engine of engines) {
  test.describe(`two instances on ${engine.name === "postgres" ? "one PostgreSQL database" : "one SQLite file"}`, () => {
    test.describe.configure({ mode: "serial" });
    test.skip(!nginxAvailable, "nginx is not installed (CI installs it)");
    test.skip(engine.name === "postgres" && !pg.url, "no PostgreSQL in this run (npm run test:e2e provides one)");

    const offset = engine.name === "postgres" ? 0 : 4;
    let databaseUrl = "";
    let a: AppProcess;
    let b: AppProcess;
    let proxy: Nginx;

    test.beforeAll(async () => {
      databaseUrl = await engine.databaseUrl();
      const env = {
        DATABASE_URL: databaseUrl,
        LLM_BASE_URL: `${fakeLlmUrl}/v1`,
        LLM_API_KEY: FAKE_LLM_KEY,
        LLM_MODEL: "fake-model",
        LLM_TIMEOUT_MS: "20000",
        LLM_CONCURRENCY: "2",
        LLM_LEASE_SECONDS: "3",
        RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
        TRUST_PROXY: "loopback",
      };
      a = new AppProcess(ports.multi + offset, env);
      b = new AppProcess(ports.multi + offset + 1, env);
      // Started together: migrations run once, under a lock.
      await Promise.all([a.start(), b.start()]);
      proxy = new Nginx(ports.multi + offset + 2, [a.port, b.port]);
      await proxy.start();
    });

    test.afterAll(async () => {
      await proxy?.stop();
      await a?.kill("SIGTERM");
      await b?.kill("SIGTERM");
    });

    test("a ticket created on one instance is read, searched and streamed live on the other, and its LLM runs once", async () => {
      const tag = word();
      const response = await create(a.baseUrl, slowTimeout(tag));
      expect(response.status).toBe(201);
      const { id } = await response.json();

      const events = await readEvents(b.baseUrl, id);
      expect(events.names[0]).toBe("status");
      expect(events.names).toContain("snapshot");
      // Streamed in pieces while it was written, not only delivered at the end.
      expect(events.names.filter((name) => name === "delta").length).toBeGreaterThan(1);
      expect(events.done?.status).toBe("completed");
      expect(events.text.length).toBeGreaterThan(50);

      const ticket = await statusOf(b.baseUrl, id);
      expect(ticket).toMatchObject({ status: "completed", report: { source: "llm" } });
      const found = await (await fetch(`${b.baseUrl}/api/v1/diagnoses?q=${encodeURIComponent(tag)}`)).json();
      expect(found.items.map((item: { id: string }) => item.id)).toEqual([id]);
      expect(await llmCallsFor(tag)).toBe(1);
    });

    test("kill -9 of the instance running slow LLM jobs: the other takes them over and finishes every one", async () => {
      const tags = Array.from({ length: 4 }, word);
      const ids: string[] = [];
      for (const tag of tags) {
        const response = await create(a.baseUrl, slowTimeout(tag));
        expect(response.status).toBe(201);
        ids.push((await response.json()).id);
      }
      await new Promise((resolve) => setTimeout(resolve, 800));
      await a.kill("SIGKILL");
      await expect
        .poll(async () => (await Promise.all(ids.map((id) => statusOf(b.baseUrl, id)))).filter((t) => t.status === "processing").length, {
          timeout: 45_000,
          intervals: [500],
        })
        .toBe(0);
      for (const id of ids) expect(await statusOf(b.baseUrl, id)).toMatchObject({ status: "completed", report: { source: "llm" } });
      // Every ticket's LLM ran at most twice: once on the dead instance, once on the survivor.
      for (const tag of tags) expect(await llmCallsFor(tag)).toBeLessThanOrEqual(2);
      await a.start();
      // The restarted instance claims nothing that is still running elsewhere, and nothing is left over.
      expect(a.isRunning && b.isRunning).toBe(true);
    });

    test("200 concurrent creates through nginx: 200 rows, no 5xx, spread over both instances", async () => {
      const tag = `multi-burst-${engine.name}-${Date.now()}`;
      const statuses = await Promise.all(
        Array.from({ length: 200 }, (_, i) => create(proxy.baseUrl, `Error: Cannot find module 'pkg-${i}' ${tag}`, newClient(), "rules").then((r) => r.status)),
      );
      expect(statuses.filter((status) => status !== 201)).toEqual([]);
      let total = 0;
      for (let cursor: string | null = null, page = 0; page < 10; page++) {
        const list: { items: unknown[]; nextCursor: string | null } = await (
          await fetch(`${a.baseUrl}/api/v1/diagnoses?q=${encodeURIComponent(tag)}&limit=100${cursor ? `&cursor=${cursor}` : ""}`)
        ).json();
        total += list.items.length;
        cursor = list.nextCursor;
        if (!cursor) break;
      }
      expect(total).toBe(200);
      expect(a.isRunning && b.isRunning).toBe(true);
    });

    test("the rate limit is counted across both instances", async () => {
      const client = newClient();
      const statuses: number[] = [];
      for (let i = 0; i < RATE_LIMIT + 2; i++) {
        // Alternating: each instance alone has seen at most half the requests.
        const instance = i % 2 ? a : b;
        statuses.push((await create(instance.baseUrl, `Error: spawn tool${i} ENOENT`, client, "rules")).status);
      }
      expect(statuses.slice(0, RATE_LIMIT)).toEqual(Array(RATE_LIMIT).fill(201));
      expect(statuses.slice(RATE_LIMIT)).toEqual([429, 429]);
      // Through nginx too (a client reaching any instance).
      expect((await create(proxy.baseUrl, "Error: spawn tool-x ENOENT", client, "rules")).status).toBe(429);
    });

    test("an instance started while the other is mid-job never runs that job again", async () => {
      const tags = Array.from({ length: 3 }, word);
      await b.kill("SIGTERM");
      const ids: string[] = [];
      // a runs two at once (LLM_CONCURRENCY=2); the third waits for a free slot or another instance.
      for (const tag of tags) ids.push((await (await create(a.baseUrl, slowTimeout(tag))).json()).id);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // b starts on the same data while a streams: it may take only the unclaimed one.
      await b.start();
      for (const id of ids) {
        await expect.poll(async () => (await statusOf(b.baseUrl, id)).status, { timeout: 30_000, intervals: [300] }).toBe("completed");
      }
      for (const tag of tags) expect(await llmCallsFor(tag)).toBe(1);
    });

    if (engine.name === "postgres") {
      test("PostgreSQL restarts under load: 503s while it is down, nothing lost, no crash, recovery on its own", async ({ page }) => {
        test.skip(!pg.dir, "the run's PostgreSQL is not ours to stop (TEST_DATABASE_URL)");
        const tag = `multi-outage-${Date.now()}`;
        const results: Array<{ status: number; id?: string; code?: string }> = [];
        let running = true;
        const load = (async () => {
          for (let i = 0; running; i++) {
            try {
              const response = await create(proxy.baseUrl, `Error: Cannot find module 'outage-${i}' ${tag}`, newClient(), "rules");
              const body = await response.json().catch(() => ({}));
              results.push({ status: response.status, id: body.id, code: body.error?.code });
            } catch {
              results.push({ status: 0 });
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        stopThrowawayPostgres(pg.dir!);
        try {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          const health = await fetch(`${a.baseUrl}/api/health`);
          expect(health.status).toBe(503);
          expect(await health.json()).toMatchObject({ ok: false, db: "down" });
          // A page says so in words, with a 503.
          const response = await page.goto(`${proxy.baseUrl}/history`);
          expect(response?.status()).toBe(503);
          await expect(page.getByRole("alert")).toContainText(/database/i);
          await new Promise((resolve) => setTimeout(resolve, 1000));
        } finally {
          await startStoppedPostgres(pg.dir!, pg.url!);
        }
        await expect.poll(async () => (await fetch(`${b.baseUrl}/api/health`)).status, { timeout: 20_000 }).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        running = false;
        await load;

        expect(a.isRunning && b.isRunning).toBe(true);
        const failed = results.filter((r) => r.status !== 201);
        expect(failed.length).toBeGreaterThan(0);
        for (const r of failed) expect(r).toMatchObject({ status: 503, code: "storage_unavailable" });
        expect(results.at(-1)?.status).toBe(201);
        // Every create that said 201 is there.
        const client = new pgLib.Client({ connectionString: databaseUrl });
        await client.connect();
        try {
          const saved = await client.query<{ id: string }>("SELECT id FROM tickets WHERE input LIKE $1", [`%${tag}%`]);
          const savedIds = new Set(saved.rows.map((row) => row.id));
          const acknowledged = results.filter((r) => r.status === 201).map((r) => r.id!);
          expect(acknowledged.filter((id) => !savedIds.has(id))).toEqual([]);
          expect(savedIds.size).toBe(acknowledged.length);
        } finally {
          await client.end();
        }
      });

      test("the first page asked for after PostgreSQL went away is the 503 page, not a failed render", async ({ page }) => {
        test.skip(!pg.dir, "the run's PostgreSQL is not ours to stop (TEST_DATABASE_URL)");
        // Rules only: no LLM job poller that would notice the outage first. Nothing but the page
        // request can tell this instance that the database is gone.
        const c = new AppProcess(ports.multi + 3, { DATABASE_URL: databaseUrl, LLM_BASE_URL: "", LLM_API_KEY: "", OPENAI_BASE_URL: "", OPENAI_API_KEY: "" });
        await c.start();
        try {
          expect((await fetch(`${c.baseUrl}/api/health`)).status).toBe(200);
          stopThrowawayPostgres(pg.dir!);
          try {
            // Longer than the proxy trusts a recent answer from the database (lib/server/outage.ts).
            await new Promise((resolve) => setTimeout(resolve, 400));
            const response = await page.goto(`${c.baseUrl}/history`);
            expect(response?.status()).toBe(503);
            await expect(page.getByRole("alert")).toContainText(/database/i);
          } finally {
            await startStoppedPostgres(pg.dir!, pg.url!);
          }
          // Back by itself: the page renders again (the 503 page reloads itself).
          await expect.poll(async () => (await page.goto(`${c.baseUrl}/history`))?.status(), { timeout: 20_000 }).toBe(200);
          expect(c.isRunning).toBe(true);
        } finally {
          await c.kill("SIGTERM");
        }
      });
    } else {
      test("the SQLite file stays intact with two writers", async () => {
        const file = databaseUrl.slice("file:".length);
        const sqlite = new Database(file, { readonly: true });
        try {
          expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
          expect((sqlite.prepare("SELECT count(*) AS n FROM tickets WHERE status = 'processing'").get() as { n: number }).n).toBe(0);
        } finally {
          sqlite.close();
        }
      });
    }
  });
}
