import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { classifyError } from "@/lib/classifier";
import { createSqliteStore } from "@/lib/db/sqlite-store";
import { createTestDb } from "@/lib/db/test-db";
import { getTicket, updateTicket } from "@/lib/db/tickets";
import type { Report } from "@/lib/report/schema";
import { createDiagnosis } from "./create";

let t: ReturnType<typeof createTestDb>;
const create = (request: Omit<Parameters<typeof createDiagnosis>[0], "store">) => createDiagnosis({ store: createSqliteStore(t.file, t.db), ...request });
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

const config = {
  maxInputBytes: 262_144,
  maxContextBytes: 8_192,
  llm: { baseURL: "http://127.0.0.1:9/v1", apiKey: "test", model: "fake-model", timeoutMs: 1000, concurrency: 1, leaseMs: 20_000 },
};

/** The same relay error, pasted twice: other request id, relay host and file. */
const paste = (requestId: string, host: string, file: string) =>
  [
    `openai.AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌 (request id: ${requestId})', 'type': 'new_api_error'}}`,
    `POST https://${host}/v1/chat/completions`,
    `  File "/srv/${file}", line 88, in call`,
  ].join("\n");

const first = { requestId: "20251231141907730597702a9EzKd3G", host: "relay-a.example.com", file: "billing_job.py" };
const second = { requestId: "2026010102030405060708aBcDeFgHq", host: "relay-b.example.org", file: "shop_app.py" };

/** What the LLM wrote for a paste: it quotes the paste's request id, URL and file. */
function llmReport(facts: typeof first, extra = ""): Report {
  const lines = [
    `The relay rejected request ${facts.requestId}: the token is invalid.`,
    `Check the key you send to https://${facts.host}/v1/chat/completions from ${facts.file}.${extra}`,
  ];
  return {
    source: "llm",
    language: "en",
    basis: "category",
    knownError: null,
    title: `Invalid token at ${facts.host}`,
    translation: { original: `无效的令牌 (request id: ${facts.requestId})`, translated: "Invalid token" },
    causes: { summary: lines[0]!, items: lines },
    solutions: [{ title: "Use a valid key", steps: lines, code: { language: "bash", content: `curl https://${facts.host}/v1/models -H "Authorization: Bearer $KEY"` } }],
    prevention: [],
    tools: [],
    markdown: `# Invalid token at ${facts.host}\n\n${lines.join("\n\n")}`,
  };
}

/** A ticket whose LLM stage finished with `report`. */
async function completedLlmTicket(text: string, visibility: "listed" | "unlisted", report: Report) {
  const { ticket } = await create({ config, input: { text, lang: "en", visibility } });
  updateTicket({ db: t.db, id: ticket.id, changes: { status: "completed", report, reportSource: "llm", title: report.title } });
  return ticket.id;
}

describe("reusing an AI report for the same error", () => {
  it("has two pastes of one error to work with", () => {
    const a = classifyError(paste(first.requestId, first.host, first.file));
    const b = classifyError(paste(second.requestId, second.host, second.file));
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(classifyError(`${paste(first.requestId, first.host, first.file)}\nwhile syncing tenant acme-payroll-eu3`).fingerprint).toBe(a.fingerprint);
    expect(a.requestId).toBe(first.requestId);
  });

  it("never reuses the report of an unlisted ticket, which stays that ticket's own", async () => {
    const privateLine = " Your internal account is acct-7741-secret-ledger.";
    const sourceId = await completedLlmTicket(paste(first.requestId, first.host, first.file), "unlisted", llmReport(first, privateLine));
    const { ticket } = await create({ config, input: { text: paste(second.requestId, second.host, second.file), lang: "en" } });
    expect(ticket.status).toBe("processing");
    expect(ticket.report.source).toBe("rules");
    expect(JSON.stringify(ticket.report)).not.toContain("acct-7741");
    expect(JSON.stringify(ticket.report)).not.toContain(first.requestId);
    const source = getTicket({ db: t.db, id: sourceId });
    expect(source?.report.source).toBe("llm");
    expect(source?.report.causes.items[1]).toContain("acct-7741");
  });

  it("reuses a listed ticket's report told in the new paste's request id, URL and file", async () => {
    await completedLlmTicket(paste(first.requestId, first.host, first.file), "listed", llmReport(first));
    const { ticket } = await create({ config, input: { text: paste(second.requestId, second.host, second.file), lang: "en", visibility: "unlisted" } });
    expect(ticket.status).toBe("completed");
    expect(ticket.report.source).toBe("cache");
    const text = JSON.stringify(ticket.report);
    for (const fact of [first.requestId, first.host, first.file]) expect(text).not.toContain(fact);
    for (const fact of [second.requestId, second.host, second.file]) expect(text).toContain(fact);
    expect(ticket.title).toBe(`Invalid token at ${second.host}`);
  });

  it("does not reuse a report that quotes what only the source paste said, and asks the LLM instead", async () => {
    const text = `${paste(first.requestId, first.host, first.file)}\nwhile syncing tenant acme-payroll-eu3`;
    await completedLlmTicket(text, "listed", llmReport(first, " This happens while syncing acme-payroll-eu3."));
    const { ticket } = await create({ config, input: { text: paste(second.requestId, second.host, second.file), lang: "en" } });
    expect(ticket.status).toBe("processing");
    expect(ticket.report.source).toBe("rules");
  });

  it("skips an unusable newest report for an older one that fits", async () => {
    await completedLlmTicket(paste(first.requestId, first.host, first.file), "listed", llmReport(first));
    await completedLlmTicket(`${paste(first.requestId, first.host, first.file)}\ntenant acme-payroll-eu3`, "listed", llmReport(first, " Tenant acme-payroll-eu3."));
    const { ticket } = await create({ config, input: { text: paste(second.requestId, second.host, second.file), lang: "en" } });
    expect(ticket.report.source).toBe("cache");
    expect(JSON.stringify(ticket.report)).not.toContain("acme-payroll");
  });
});
