import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { AppProcess, tempDatabaseUrl } from "../scripts/lib/app-process";
import { PastePage } from "./pages/paste-page";
import { FAKE_LLM_KEY, fakeLlmUrl, ports } from "./support/servers";

// These tests start and kill servers of their own: one at a time.
test.describe.configure({ mode: "serial", timeout: 120_000 });

async function post(baseUrl: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/api/v1/diagnoses`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

test("tickets survive a restart", async () => {
  const db = tempDatabaseUrl("restart");
  const server = new AppProcess(ports.process + 0, { DATABASE_URL: db.url });
  await server.start();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await (await post(server.baseUrl, { text: `Error: spawn python${i} ENOENT` })).json()).id);
  await server.kill("SIGTERM");
  await server.start();
  for (const id of ids) expect((await fetch(`${server.baseUrl}/api/v1/diagnoses/${id}`)).status).toBe(200);
  await server.kill();
});

test("kill -9 while the LLM is writing: nothing lost, nothing left processing, database intact", async () => {
  const db = tempDatabaseUrl("crash");
  const env = {
    DATABASE_URL: db.url,
    LLM_BASE_URL: `${fakeLlmUrl}/v1`,
    LLM_API_KEY: FAKE_LLM_KEY,
    LLM_TIMEOUT_MS: "20000",
    LLM_CONCURRENCY: "2",
    // The restarted process takes over the dead one's jobs once their leases lapse.
    LLM_LEASE_SECONDS: "3",
  };
  const server = new AppProcess(ports.process + 1, env);
  await server.start();
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await post(server.baseUrl, { text: `openai.APITimeoutError: Request timed out. run-${Date.now()}-${i} [[fake-llm:slow]]`, lang: "en" });
    expect(response.status).toBe(201);
    ids.push((await response.json()).id);
  }
  // Let the first jobs stream part of their answer, then pull the plug.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await server.kill("SIGKILL");

  const sqlite = new Database(db.file);
  expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  const rows = sqlite.prepare("SELECT id, status FROM tickets").all() as Array<{ id: string; status: string }>;
  sqlite.close();
  expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
  expect(rows.some((r) => r.status === "processing")).toBe(true);

  await server.start();
  await expect
    .poll(
      async () => {
        const statuses = await Promise.all(
          ids.map(async (id) => (await (await fetch(`${server.baseUrl}/api/v1/diagnoses/${id}`)).json()).status as string),
        );
        return statuses.filter((s) => s === "processing").length;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(0);
  for (const id of ids) {
    const ticket = await (await fetch(`${server.baseUrl}/api/v1/diagnoses/${id}`)).json();
    expect(ticket.status).toBe("completed");
    expect(ticket.report.source).toBe("llm");
  }
  await server.kill();
});

test("200 concurrent creates mixed with reads keep every ticket, with no 5xx and no SQLITE_BUSY", async () => {
  const db = tempDatabaseUrl("load");
  const server = new AppProcess(ports.process + 2, { DATABASE_URL: db.url });
  await server.start();
  const statuses: number[] = [];
  const created: string[] = [];
  await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const response = await post(server.baseUrl, { text: `TypeError: Cannot read properties of null (reading 'x${i}')\n    at main (app.js:${i}:7)` });
      statuses.push(response.status);
      if (response.status === 201) created.push((await response.json()).id);
      const read = await fetch(`${server.baseUrl}/api/v1/diagnoses?limit=5`);
      statuses.push(read.status);
    }),
  );
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(created).toHaveLength(200);
  expect(server.output).not.toContain("SQLITE_BUSY");
  await server.kill("SIGTERM");
  const sqlite = new Database(db.file, { readonly: true });
  expect((sqlite.prepare("SELECT count(*) AS n FROM tickets").get() as { n: number }).n).toBe(created.length);
  sqlite.close();
});

test("the rate limit counts the socket's peer: a fresh X-Forwarded-For on every request (API and form) still gets 429, and the form keeps the text", async ({ browser }) => {
  const db = tempDatabaseUrl("ratelimit");
  const server = new AppProcess(ports.process + 3, { DATABASE_URL: db.url, RATE_LIMIT_PER_MINUTE: "2" });
  await server.start();
  let hop = 0;
  // What a client dodging the limit sends: a new address each time (and a forged peer header).
  const spoofed = () => ({ "x-forwarded-for": `198.51.100.${++hop}`, "x-real-ip": `203.0.113.${hop}`, "x-errdoc-peer": `192.0.2.${hop}` });
  try {
    const statuses = [];
    for (let i = 0; i < 2; i++) statuses.push((await post(server.baseUrl, { text: `Error: spawn tool${i} ENOENT` }, spoofed())).status);
    expect(statuses).toEqual([201, 201]);
    const limited = await post(server.baseUrl, { text: "Error: spawn tool2 ENOENT" }, spoofed());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");

    const page = await browser.newPage({ baseURL: server.baseUrl, locale: "en-US" });
    await page.route("**/*", (route) => route.continue({ headers: { ...route.request().headers(), ...spoofed() } }));
    const paste = new PastePage(page);
    await paste.open();
    await paste.fill({ text: "Error: spawn tool3 ENOENT", context: "running the build", lang: "en" });
    await paste.submitButton().click();
    await expect(paste.formMessage()).toContainText(/Try again in \d+ s/);
    await expect(paste.errorBox()).toHaveValue("Error: spawn tool3 ENOENT");
    await expect(paste.contextBox()).toHaveValue("running the build");
    await page.close();
  } finally {
    await server.kill("SIGTERM");
  }
});

test("behind a proxy named in TRUST_PROXY: each client has its own limit, and the proxy's host and https are believed", async ({ browser }) => {
  const db = tempDatabaseUrl("trustproxy");
  const server = new AppProcess(ports.process + 4, { DATABASE_URL: db.url, RATE_LIMIT_PER_MINUTE: "2", TRUST_PROXY: "loopback" });
  await server.start();
  // This test plays the proxy on 127.0.0.1: it appends the client's address and says https.
  const viaProxy = (client: string) => ({ "x-forwarded-for": client, "x-forwarded-proto": "https", "x-forwarded-host": "errdoc.example.com" });
  try {
    const a = [];
    for (let i = 0; i < 3; i++) a.push((await post(server.baseUrl, { text: `Error: spawn a${i} ENOENT` }, viaProxy("203.0.113.1"))).status);
    expect(a).toEqual([201, 201, 429]);
    // Another user behind the same proxy is not in client A's bucket.
    const b = await post(server.baseUrl, { text: "Error: spawn b ENOENT" }, viaProxy("203.0.113.2"));
    expect(b.status).toBe(201);
    const created = await b.json();
    expect(created.url).toBe(`https://errdoc.example.com/t/${created.id}`);

    // The owner cookie is Secure when the proxy says the browser used https.
    const page = await browser.newPage({ baseURL: server.baseUrl, locale: "en-US" });
    // (Without the public host: Next checks the action's Origin against it, and this browser is on 127.0.0.1.)
    const { "x-forwarded-host": _host, ...viaProxyHere } = viaProxy("203.0.113.3");
    await page.route("**/*", (route) => route.continue({ headers: { ...route.request().headers(), ...viaProxyHere } }));
    const paste = new PastePage(page);
    await paste.open();
    await paste.fill({ text: "Error: spawn c ENOENT", lang: "en" });
    const action = page.waitForResponse((response) => response.request().method() === "POST");
    await paste.submitButton().click();
    const cookies = (await (await action).headerValue("set-cookie")) ?? "";
    expect(cookies).toMatch(/errdoc_owner=[^\n]*; Secure/i);
    expect(cookies).toMatch(/errdoc_owned=[^\n]*; Secure/i);
    await page.close();
  } finally {
    await server.kill("SIGTERM");
  }
});

test("without TRUST_PROXY, a client's X-Forwarded-Proto does not make the owner cookie Secure", async ({ browser }) => {
  const db = tempDatabaseUrl("plainhttp");
  const server = new AppProcess(ports.process + 5, { DATABASE_URL: db.url });
  await server.start();
  try {
    const page = await browser.newPage({ baseURL: server.baseUrl, locale: "en-US" });
    await page.route("**/*", (route) => route.continue({ headers: { ...route.request().headers(), "x-forwarded-proto": "https" } }));
    const paste = new PastePage(page);
    await paste.open();
    await paste.fill({ text: "Error: spawn d ENOENT", lang: "en" });
    const action = page.waitForResponse((response) => response.request().method() === "POST");
    await paste.submitButton().click();
    const cookies = (await (await action).headerValue("set-cookie")) ?? "";
    expect(cookies).toContain("errdoc_owner=");
    expect(cookies).not.toMatch(/Secure/i);
    await page.close();
  } finally {
    await server.kill("SIGTERM");
  }
});

test("retries count against the rate limit", async () => {
  const db = tempDatabaseUrl("retrylimit");
  const server = new AppProcess(ports.process + 6, {
    DATABASE_URL: db.url,
    RATE_LIMIT_PER_MINUTE: "2",
    LLM_BASE_URL: `${fakeLlmUrl}/v1`,
    LLM_API_KEY: FAKE_LLM_KEY,
    LLM_TIMEOUT_MS: "6000",
  });
  await server.start();
  try {
    const created = await (await post(server.baseUrl, { text: `Error: spawn r ENOENT ${Date.now()}`, lang: "en" })).json();
    const retry = () =>
      fetch(`${server.baseUrl}/api/v1/diagnoses/${created.id}/retry`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${created.ownerToken}` },
      });
    const waitFinal = () =>
      expect
        .poll(async () => (await (await fetch(`${server.baseUrl}/api/v1/diagnoses/${created.id}`)).json()).status, { timeout: 20_000 })
        .not.toBe("processing");
    await waitFinal();
    expect((await retry()).status).toBe(202);
    await waitFinal();
    const limited = await retry();
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.code).toBe("rate_limited");
  } finally {
    await server.kill("SIGTERM");
  }
});

/** Files the server may read but not write: as root (tests in CI), run the server as nobody. */
function unprivileged(): { uid: number; gid: number } | null {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;
}

/** A folder anyone may read and only its owner (us) may write. */
function readOnlyFolder(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `errdoc-${name}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

async function expectRefusedStart(server: AppProcess, file: string) {
  const failure = await server.start().then(
    () => null,
    (error: Error) => error.message,
  );
  await server.kill();
  expect(failure, "the server started").not.toBeNull();
  const line = server.output.split("\n").find((l) => l.includes("cannot be written"));
  expect(line, server.output).toBeDefined();
  expect(line).toContain(file);
  expect(line).toMatch(/writable by the user running errdoc.*DATABASE_URL/);
  expect(server.output).not.toMatch(/^\s+at /m);
}

test("a read-only database file stops the start with one line naming the path and the fix", async () => {
  const dir = readOnlyFolder("rodb");
  const file = path.join(dir, "errdoc.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  const user = unprivileged();
  if (!user) fs.chmodSync(file, 0o444);
  if (!user) fs.chmodSync(dir, 0o555);
  await expectRefusedStart(new AppProcess(ports.process + 7, { DATABASE_URL: `file:${file}` }, user), file);
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an unwritable data folder stops the start with one line naming the path and the fix", async () => {
  const dir = readOnlyFolder("rodir");
  const user = unprivileged();
  if (!user) fs.chmodSync(dir, 0o555);
  const file = path.join(dir, "errdoc.db");
  await expectRefusedStart(new AppProcess(ports.process + 7, { DATABASE_URL: `file:${file}` }, user), file);
  // A data "folder" that is a file fails the same way, even for root.
  const blocker = path.join(dir, "data");
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(blocker, "not a folder");
  await expectRefusedStart(new AppProcess(ports.process + 7, { DATABASE_URL: `file:${path.join(blocker, "errdoc.db")}` }), path.join(blocker, "errdoc.db"));
  fs.rmSync(dir, { recursive: true, force: true });
});
