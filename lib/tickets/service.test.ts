import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

// The service reads env() and the process-wide database once: give it its own before loading it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-service-"));
const file = path.join(dir, "service.db");
vi.stubEnv("DATABASE_URL", `file:${file}`);
vi.stubEnv("RATE_LIMIT_PER_MINUTE", "4");
vi.stubEnv("LLM_BASE_URL", "http://127.0.0.1:9/v1");
const globals = globalThis as typeof globalThis & { errdocDb?: Db; errdocLlmJobs?: unknown };
// Retries are queued, not run: no LLM is called here.
const enqueued: string[] = [];
globals.errdocLlmJobs = { enqueue: (id: string) => enqueued.push(id) };

const service = await import("./service");

afterAll(() => {
  globals.errdocDb?.$client.close();
  delete globals.errdocDb;
  delete globals.errdocLlmJobs;
  fs.rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

const create = (clientKey: string) => service.diagnose({ input: { text: `Error: spawn tool ENOENT ${Math.random()}`, mode: "rules" }, clientKey });

describe("retryDiagnosis", () => {
  it("is refused to anyone but the owner, before anything runs", () => {
    const { ticket } = create("owner-1");
    for (const ownerToken of [null, "eo_not-the-token", ""]) {
      const error = failure(() => service.retryDiagnosis({ id: ticket.id, ownerToken, clientKey: "someone-else" }));
      expect(error.status).toBe(403);
    }
    expect(enqueued).not.toContain(ticket.id);
  });

  it("runs for the owner (token from the cookie or a Bearer header) and counts against the rate limit", () => {
    const { ticket, ownerToken } = create("owner-2");
    expect(service.retryDiagnosis({ id: ticket.id, ownerToken, clientKey: "owner-2" }).status).toBe("processing");
    expect(enqueued).toContain(ticket.id);
    // owner-2 has used 2 of 4: two more creates, then a retry is one too many.
    const other = create("owner-2");
    create("owner-2");
    const limited = failure(() => service.retryDiagnosis({ id: other.ticket.id, ownerToken: other.ownerToken, clientKey: "owner-2" }));
    expect(limited.code).toBe("rate_limited");
  });
});

describe("recordFeedback", () => {
  it("counts one vote per client however often it is called, and lets the client change it", () => {
    const { ticket } = create("voter-setup");
    for (let i = 0; i < 100; i++) service.recordFeedback({ id: ticket.id, isHelpful: true, clientKey: "203.0.113.5" });
    service.recordFeedback({ id: ticket.id, isHelpful: true, clientKey: "198.51.100.7" });
    expect(service.findTicket(ticket.id)).toMatchObject({ feedbackUp: 2, feedbackDown: 0 });
    service.recordFeedback({ id: ticket.id, isHelpful: false, clientKey: "203.0.113.5" });
    expect(service.findTicket(ticket.id)).toMatchObject({ feedbackUp: 1, feedbackDown: 1 });
    // The address itself is not stored.
    const voters = globals.errdocDb!.$client.prepare("SELECT voter FROM votes").all() as Array<{ voter: string }>;
    expect(JSON.stringify(voters)).not.toContain("203.0.113.5");
  });

  it("is not_found for an unknown ticket", () => {
    expect(failure(() => service.recordFeedback({ id: "nope", isHelpful: true, clientKey: "x" })).status).toBe(404);
  });
});

describe("recordSolutionVote", () => {
  it("keeps one solution per client per ticket, server-side, and checks the solution exists", () => {
    const { ticket } = create("solution-setup");
    const n = ticket.report.solutions.length;
    expect(n).toBeGreaterThan(0);
    expect(service.recordSolutionVote({ id: ticket.id, solution: 1, clientKey: "203.0.113.9" })).toBe("added");
    expect(service.recordSolutionVote({ id: ticket.id, solution: 1, clientKey: "203.0.113.9" })).toBe("unchanged");
    if (n > 1) expect(service.recordSolutionVote({ id: ticket.id, solution: 2, clientKey: "203.0.113.9" })).toBe("changed");
    const rows = globals.errdocDb!.$client.prepare("SELECT target FROM votes WHERE ticket_id = ? AND target LIKE 'solution:%'").all(ticket.id);
    expect(rows).toEqual([{ target: n > 1 ? "solution:2" : "solution:1" }]);
    expect(service.ticketPageData(ticket.id)!.solutionVotes.voters).toBe(1);
    for (const solution of [0, n + 1, 1.5]) {
      expect(failure(() => service.recordSolutionVote({ id: ticket.id, solution, clientKey: "x" })).status).toBe(400);
    }
    expect(failure(() => service.recordSolutionVote({ id: "nope", solution: 1, clientKey: "x" })).status).toBe(404);
  });
});

describe("a database that cannot be written", () => {
  let writable: Db | undefined;
  beforeAll(() => {
    writable = globals.errdocDb;
    // Root ignores file modes, so SQLite's own read-only open stands in for a read-only file.
    const readOnly = new Database(file, { readonly: true });
    globals.errdocDb = drizzle({ client: readOnly, schema }) as unknown as Db;
  });
  afterAll(() => {
    globals.errdocDb?.$client.close();
    globals.errdocDb = writable;
  });

  it("makes the health check say down", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(service.checkHealth()).toMatchObject({ ok: false, db: "down" });
    expect(error.mock.calls.flat().join(" ")).toContain(file);
    error.mockRestore();
  });

  it("makes a create fail with 503, saying nothing was saved rather than that nothing was lost", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const refused = failure(() => create("writer"));
    error.mockRestore();
    expect(refused.code).toBe("storage_unavailable");
    expect(refused.status).toBe(503);
    expect(refused.message).toMatch(/could not be saved/);
    expect(refused.message).not.toMatch(/lost/);
  });
});

describe("checkHealth", () => {
  it("is ok for a writable database", () => {
    expect(service.checkHealth()).toEqual({ ok: true, db: "ok", llm: "configured" });
  });
});
