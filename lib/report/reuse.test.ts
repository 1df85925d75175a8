import { describe, expect, it } from "vitest";
import { factsOf, reuseReport, type PasteFacts } from "./reuse";
import type { Report } from "./schema";

const sourceText = [
  "openai.AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌 (request id: 20251231141907730597702a9EzKd3G)', 'type': 'new_api_error'}}",
  "POST https://relay-a.example.com/v1/chat/completions",
  '  File "~/billing/charge_customer.py", line 88, in charge',
].join("\n");
const targetText = [
  "openai.AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌 (request id: 2026010102030405060708aBcDeFgHq)', 'type': 'new_api_error'}}",
  "POST https://relay-b.example.org/v1/chat/completions",
  '  File "~/shop/main_app.py", line 12, in run',
].join("\n");

const source: PasteFacts = {
  text: sourceText,
  context: null,
  classification: { requestId: "20251231141907730597702a9EzKd3G", url: "https://relay-a.example.com/v1/chat/completions", host: "relay-a.example.com" },
};
const target: PasteFacts = {
  text: targetText,
  context: null,
  classification: { requestId: "2026010102030405060708aBcDeFgHq", url: "https://relay-b.example.org/v1/chat/completions", host: "relay-b.example.org" },
};

function report(lines: string[]): Report {
  const body = lines.join("\n");
  return {
    source: "llm",
    language: "en",
    basis: "category",
    knownError: null,
    title: "Invalid token at the relay",
    translation: { original: lines[0] ?? "x", translated: "The token is invalid." },
    causes: { summary: body, items: lines },
    solutions: [{ title: "Check the key", steps: lines, code: { language: "bash", content: `curl ${lines.find((l) => l.startsWith("https://")) ?? "https://api.example.com"}` } }],
    prevention: [],
    tools: [],
    markdown: `# Invalid token\n\n${body}`,
  };
}

const allText = (r: Report) => JSON.stringify(r);

describe("reuseReport", () => {
  it("returns the report unchanged when the pastes hold the same facts", () => {
    const r = report(["request id 20251231141907730597702a9EzKd3G", "https://relay-a.example.com/v1/chat/completions"]);
    expect(reuseReport(r, source, { ...source })).toEqual(r);
  });

  it("rewrites the source's request id, URL, host and file name to the new paste's", () => {
    const r = report([
      "The relay rejected request 20251231141907730597702a9EzKd3G.",
      "https://relay-a.example.com/v1/chat/completions",
      "Ask the operator of relay-a.example.com; the call is made in charge_customer.py.",
    ]);
    const got = reuseReport(r, source, target);
    expect(got).not.toBeNull();
    const text = allText(got!);
    expect(text).toContain("2026010102030405060708aBcDeFgHq");
    expect(text).toContain("https://relay-b.example.org/v1/chat/completions");
    expect(text).toContain("relay-b.example.org;");
    expect(text).toContain("main_app.py");
    for (const fact of ["20251231141907730597702a9EzKd3G", "relay-a.example.com", "charge_customer.py"]) expect(text).not.toContain(fact);
  });

  it("is not reused when it quotes something of the source paste that the new paste has no counterpart for", () => {
    const withPrivateLine: PasteFacts = { ...source, text: `${sourceText}\ncustomer=alice@acme-corp.com refund_order_v2 failed` };
    const r = report(["The call in refund_order_v2 failed for alice@acme-corp.com."]);
    expect(reuseReport(r, withPrivateLine, target)).toBeNull();
  });

  it("is not reused when the source's context is quoted", () => {
    const withContext: PasteFacts = { ...source, context: "happens in our invoice-sync-7 job" };
    expect(reuseReport(report(["The invoice-sync-7 job sends a bad token."]), withContext, target)).toBeNull();
  });

  it("pairs facts of one kind only when both pastes have as many", () => {
    const twoIds: PasteFacts = { ...source, text: `${sourceText}\ntrace a1b2c3d4e5 and f6e5d4c3b2a1`, classification: { ...source.classification, requestId: null } };
    const oneId: PasteFacts = { ...target, text: `${targetText}\ntrace 0f9e8d7c6b`, classification: { ...target.classification, requestId: null } };
    expect(reuseReport(report(["trace a1b2c3d4e5"]), twoIds, oneId)).toBeNull();
  });

  it("sees a fact through Markdown escapes", () => {
    const withPrivateName: PasteFacts = { ...source, text: `${sourceText}\nin sync_ledger_entries` };
    const r = { ...report(["A generic answer."]), markdown: "# x\n\nThe call in sync\\_ledger\\_entries failed." };
    expect(reuseReport(r, withPrivateName, target)).toBeNull();
  });

  it("rewrites masked key tails", () => {
    const s: PasteFacts = { ...source, text: "Incorrect API key provided: sk-proj-…f3Xa." };
    const t: PasteFacts = { ...target, text: "Incorrect API key provided: sk-proj-…Zq9W." };
    const got = reuseReport(report(["The key sk-proj-…f3Xa is wrong."]), s, t);
    expect(allText(got!)).toContain("sk-proj-…Zq9W");
    expect(allText(got!)).not.toContain("f3Xa");
  });

  it("never replaces a replacement again", () => {
    const s: PasteFacts = { text: "host-1a.example.com then host-2b.example.com", context: null, classification: { requestId: null, url: null, host: null } };
    const t: PasteFacts = { text: "host-2b.example.com then host-3c.example.com", context: null, classification: { requestId: null, url: null, host: null } };
    // host-2b is in both pastes; only host-1a is the source's own, and it becomes host-3c.
    const got = reuseReport(report(["Try host-1a.example.com, then host-2b.example.com."]), s, t);
    expect(got!.causes.items[0]).toBe("Try host-3c.example.com, then host-2b.example.com.");
  });
});

describe("factsOf", () => {
  it("keeps ids, URLs, hosts, paths and names, not words", () => {
    const values = factsOf('Error: token invalid (request id: 20251231141907730597702a9EzKd3G) at https://relay.example.com/v1/x?id=42 in "~/app/main_app.py:12" for ops@example.com')
      .map((f) => f.value);
    expect(values).toEqual(
      expect.arrayContaining(["20251231141907730597702a9EzKd3G", "https://relay.example.com/v1/x?id=42", "relay.example.com", "~/app/main_app.py:12", "main_app.py", "ops@example.com"]),
    );
    for (const word of ["Error", "token", "invalid", "request"]) expect(values).not.toContain(word);
  });
});
