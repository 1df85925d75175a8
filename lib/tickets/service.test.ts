import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { createSqliteStore } from "@/lib/db/sqlite-store";
import { parseEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { setAppContext, type AppContext } from "@/lib/server/context";
import type { LlmJobRunner } from "./llm-jobs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-service-"));
const file = path.join(dir, "service.db");
const config = parseEnv({ DATABASE_URL: `file:${file}`, RATE_LIMIT_PER_MINUTE: "4", LLM_BASE_URL: "http://127.0.0.1:9/v1" });
const store = createSqliteStore(file);
// Retries are queued, not run: no LLM is called here.
const enqueued: string[] = [];
const context: AppContext = { env: config, store, jobs: { enqueue: (id: string) => enqueued.push(id) } as unknown as LlmJobRunner };
setAppContext(context);
const raw = new Database(file);

const service = await import("./service");

afterAll(async () => {
  setAppContext(undefined);
  raw.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function failure(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

const create = (clientKey: string) => service.diagnose({ input: { text: `Error: spawn tool ENOENT ${Math.random()}`, mode: "rules" }, clientKey });

describe("retryDiagnosis", () => {
  it("is refused to anyone but the owner, before anything runs", async () => {
    const { ticket } = await create("owner-1");
    for (const ownerToken of [null, "eo_not-the-token", ""]) {
      const error = await failure(() => service.retryDiagnosis({ id: ticket.id, ownerToken, clientKey: "someone-else" }));
      expect(error.status).toBe(403);
    }
    expect(enqueued).not.toContain(ticket.id);
  });

  it("runs for the owner (token from the cookie or a Bearer header) and counts against the rate limit", async () => {
    const { ticket, ownerToken } = await create("owner-2");
    expect((await service.retryDiagnosis({ id: ticket.id, ownerToken, clientKey: "owner-2" })).status).toBe("processing");
    expect(enqueued).toContain(ticket.id);
    // owner-2 has used 2 of 4: two more creates, then a retry is one too many.
    const other = await create("owner-2");
    await create("owner-2");
    const limited = await failure(() => service.retryDiagnosis({ id: other.ticket.id, ownerToken: other.ownerToken, clientKey: "owner-2" }));
    expect(limited.code).toBe("rate_limited");
  });
});

describe("recordFeedback", () => {
  it("counts one vote per client however often it is called, and lets the client change it", async () => {
    const { ticket } = await create("voter-setup");
    for (let i = 0; i < 100; i++) await service.recordFeedback({ id: ticket.id, isHelpful: true, clientKey: "203.0.113.5" });
    await service.recordFeedback({ id: ticket.id, isHelpful: true, clientKey: "198.51.100.7" });
    expect(await service.findTicket(ticket.id)).toMatchObject({ feedbackUp: 2, feedbackDown: 0 });
    await service.recordFeedback({ id: ticket.id, isHelpful: false, clientKey: "203.0.113.5" });
    expect(await service.findTicket(ticket.id)).toMatchObject({ feedbackUp: 1, feedbackDown: 1 });
    // The address itself is not stored.
    const voters = raw.prepare("SELECT voter FROM votes").all() as Array<{ voter: string }>;
    expect(JSON.stringify(voters)).not.toContain("203.0.113.5");
  });

  it("is not_found for an unknown ticket", async () => {
    expect((await failure(() => service.recordFeedback({ id: "nope", isHelpful: true, clientKey: "x" }))).status).toBe(404);
  });
});

describe("recordSolutionVote", () => {
  it("keeps one solution per client per ticket, server-side, and checks the solution exists", async () => {
    const { ticket } = await create("solution-setup");
    const n = ticket.report.solutions.length;
    expect(n).toBeGreaterThan(0);
    expect(await service.recordSolutionVote({ id: ticket.id, solution: 1, clientKey: "203.0.113.9" })).toBe("added");
    expect(await service.recordSolutionVote({ id: ticket.id, solution: 1, clientKey: "203.0.113.9" })).toBe("unchanged");
    if (n > 1) expect(await service.recordSolutionVote({ id: ticket.id, solution: 2, clientKey: "203.0.113.9" })).toBe("changed");
    const rows = raw.prepare("SELECT target FROM votes WHERE ticket_id = ? AND target LIKE 'solution:%'").all(ticket.id);
    expect(rows).toEqual([{ target: n > 1 ? "solution:2" : "solution:1" }]);
    expect((await service.ticketPageData(ticket.id))!.solutionVotes.voters).toBe(1);
    for (const solution of [0, n + 1, 1.5]) {
      expect((await failure(() => service.recordSolutionVote({ id: ticket.id, solution, clientKey: "x" }))).status).toBe(400);
    }
    expect((await failure(() => service.recordSolutionVote({ id: "nope", solution: 1, clientKey: "x" }))).status).toBe(404);
  });
});

describe("a database that cannot be written", () => {
  const readOnly = new Database(file, { readonly: true });
  beforeAll(() => {
    // Root ignores file modes, so SQLite's own read-only open stands in for a read-only file.
    setAppContext({ ...context, store: createSqliteStore(file, drizzle({ client: readOnly, schema }) as unknown as Db) });
  });
  afterAll(() => {
    readOnly.close();
    setAppContext(context);
  });

  it("makes the health check say down", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await service.checkHealth()).toMatchObject({ ok: false, db: "down" });
    expect(error.mock.calls.flat().join(" ")).toContain(file);
    error.mockRestore();
  });

  it("makes a create fail with 503, saying nothing was saved rather than that nothing was lost", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = await failure(() => create("writer"));
    error.mockRestore();
    expect(refused.code).toBe("storage_unavailable");
    expect(refused.status).toBe(503);
    expect(refused.message).toMatch(/could not be saved/);
    expect(refused.message).not.toMatch(/lost/);
  });
});

describe("checkHealth", () => {
  it("is ok for a writable database", async () => {
    expect(await service.checkHealth()).toEqual({ ok: true, db: "ok", llm: "configured" });
  });
});
