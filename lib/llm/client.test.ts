import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeLlm, type FakeLlmServer } from "@/e2e/fake-llm/server";
import { LlmError, streamChatCompletion } from "./client";
import type { LlmErrorKind } from "./errors";
import { closedPort, configFor, messagesFor } from "./test-helpers";

let fake: FakeLlmServer;

beforeAll(async () => {
  fake = await startFakeLlm({ apiKey: "test-key" });
});
afterAll(async () => {
  await fake.close();
});

async function failureOf(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error("expected the call to fail");
}

describe("streamChatCompletion against the fake server", () => {
  it("streams deltas in order and resolves with their concatenation", async () => {
    const deltas: string[] = [];
    const text = await streamChatCompletion(configFor(fake.url), messagesFor("ok"), { onDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBeGreaterThanOrEqual(10);
    expect(deltas.join("")).toBe(text);
    expect(text.startsWith("# ")).toBe(true);
    const order = ["## Translation", "## Cause analysis", "## Solutions", "## Prevention", "## Recommended tools"].map((h) => text.indexOf(h));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("gets the report in Chinese when the prompt asks for the Chinese headings", async () => {
    const text = await streamChatCompletion(configFor(fake.url), messagesFor("ok", { language: "zh" }));
    expect(text).toContain("## 原因分析");
    expect(text).toContain("### 方案一：");
  });

  it("sends the model, the messages and stream: true", async () => {
    const messages = messagesFor("ok");
    const unique = `probe-${Date.now()}`;
    messages[1] = { role: "user", content: `${messages[1]!.content} ${unique}` };
    await streamChatCompletion(configFor(fake.url, { model: "my-model" }), messages);
    const sent = fake
      .requests()
      .map((r) => r.body as { model?: string; stream?: boolean; messages?: unknown })
      .find((b) => JSON.stringify(b).includes(unique));
    expect(sent).toMatchObject({ model: "my-model", stream: true, messages });
  });

  const faults: Array<{ mode: string; kind: LlmErrorKind; retryable: boolean; status?: number }> = [
    { mode: "http401", kind: "auth", retryable: false, status: 401 },
    { mode: "http403", kind: "auth", retryable: false, status: 403 },
    { mode: "http429", kind: "rate_limit", retryable: true, status: 429 },
    { mode: "http500", kind: "server", retryable: true, status: 500 },
    { mode: "http502", kind: "server", retryable: true, status: 502 },
    { mode: "http503", kind: "server", retryable: true, status: 503 },
    { mode: "drop", kind: "connection", retryable: true },
    { mode: "html", kind: "bad_response", retryable: false, status: 200 },
    { mode: "garbage", kind: "bad_response", retryable: false },
    { mode: "cut", kind: "stream_cut", retryable: true },
    { mode: "empty", kind: "bad_response", retryable: false },
  ];
  for (const { mode, kind, retryable, status } of faults) {
    it(`classifies ${mode} as ${kind} (retryable: ${retryable})`, async () => {
      const error = await failureOf(streamChatCompletion(configFor(fake.url), messagesFor(mode)));
      expect(error.kind).toBe(kind);
      expect(error.retryable).toBe(retryable);
      expect(error.status).toBe(status);
      expect(error.messageFor("en")).toBe(error.message);
      expect(error.messageFor("zh")).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it("reads Retry-After from a 429", async () => {
    const error = await failureOf(streamChatCompletion(configFor(fake.url), messagesFor("http429")));
    expect(error.retryAfterMs).toBe(1000);
  });

  it("reduces an HTML error page to its title", async () => {
    const error = await failureOf(streamChatCompletion(configFor(fake.url), messagesFor("http502")));
    expect(error.message).toContain("502 Bad Gateway");
    expect(error.message).not.toContain("<html");
  });

  it("says an HTML page answered when a relay returns one with 200", async () => {
    const error = await failureOf(streamChatCompletion(configFor(fake.url), messagesFor("html")));
    expect(error.message).toMatch(/HTML page/);
    expect(error.message).toContain("LLM_BASE_URL");
  });

  it("reports a cut stream after the text that did arrive", async () => {
    const deltas: string[] = [];
    const error = await failureOf(streamChatCompletion(configFor(fake.url), messagesFor("cut"), { onDelta: (d) => deltas.push(d) }));
    expect(error.kind).toBe("stream_cut");
    expect(deltas.length).toBeGreaterThan(3);
  });

  it("times out within timeoutMs when the server never answers", async () => {
    const started = Date.now();
    const error = await failureOf(streamChatCompletion(configFor(fake.url, { timeoutMs: 300 }), messagesFor("timeout")));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe("timeout");
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("LLM_TIMEOUT_MS");
    expect(error.messageFor("zh")).toContain("LLM_TIMEOUT_MS");
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1500);
  });

  it("times out within timeoutMs when the server stalls mid-stream", async () => {
    const deltas: string[] = [];
    const started = Date.now();
    const error = await failureOf(
      streamChatCompletion(configFor(fake.url, { timeoutMs: 300 }), messagesFor("stall"), { onDelta: (d) => deltas.push(d) }),
    );
    const elapsed = Date.now() - started;
    expect(error.kind).toBe("timeout");
    expect(deltas.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1500);
  });

  it("times out a stream that is still going when the budget runs out", async () => {
    // `slow` takes ~3 s in total, every chunk well inside the budget: the budget covers the whole stream.
    const deltas: string[] = [];
    const started = Date.now();
    const error = await failureOf(
      streamChatCompletion(configFor(fake.url, { timeoutMs: 700 }), messagesFor("slow"), { onDelta: (d) => deltas.push(d) }),
    );
    expect(error.kind).toBe("timeout");
    expect(deltas.length).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("stops with `aborted` when the caller aborts mid-stream", async () => {
    const controller = new AbortController();
    const error = await failureOf(
      streamChatCompletion(configFor(fake.url), messagesFor("slow"), {
        signal: controller.signal,
        onDelta: () => controller.abort(),
      }),
    );
    expect(error.kind).toBe("aborted");
    expect(error.retryable).toBe(false);
  });

  it("does not even connect when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(streamChatCompletion(configFor(fake.url), messagesFor("ok"), { signal: controller.signal }));
    expect(error.kind).toBe("aborted");
  });

  it("passes errors thrown by onDelta through unchanged", async () => {
    const mine = new Error("consumer failed");
    await expect(
      streamChatCompletion(configFor(fake.url), messagesFor("ok"), {
        onDelta: () => {
          throw mine;
        },
      }),
    ).rejects.toBe(mine);
  });

  it("names LLM_API_KEY for a wrong key and never repeats the key, even when the server echoes it", async () => {
    const secret = "sk-proj-Wr0ngSecretKey1234567890abcdef";
    const error = await failureOf(streamChatCompletion(configFor(fake.url, { apiKey: secret }), messagesFor("ok")));
    expect(error.kind).toBe("auth");
    expect(error.status).toBe(401);
    expect(error.message).toContain("LLM_API_KEY");
    expect(error.messageFor("zh")).toContain("OPENAI_API_KEY");
    const everything = [error.message, error.messageFor("zh"), error.detail ?? "", JSON.stringify(error), String(error.stack)].join("\n");
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain("Wr0ngSecretKey");
  });

  it("hides a key that does not look like sk-… too", async () => {
    const secret = "plain-relay-token-42";
    const error = await failureOf(streamChatCompletion(configFor(fake.url, { apiKey: secret }), messagesFor("ok")));
    expect(error.detail).toBeDefined();
    expect([error.message, error.messageFor("zh"), error.detail].join("\n")).not.toContain(secret);
  });

  it("names LLM_BASE_URL and LLM_MODEL for a 404 (base URL without /v1)", async () => {
    const error = await failureOf(streamChatCompletion(configFor(fake.url.replace(/\/v1$/, "")), messagesFor("ok")));
    expect(error.kind).toBe("not_found");
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("LLM_BASE_URL");
    expect(error.message).toContain("/v1");
    expect(error.message).toContain("LLM_MODEL");
  });

  it("reports a refused connection as retryable `connection`", async () => {
    const port = await closedPort();
    const error = await failureOf(streamChatCompletion(configFor(`http://127.0.0.1:${port}/v1`), messagesFor("ok")));
    expect(error.kind).toBe("connection");
    expect(error.retryable).toBe(true);
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });

  it("accepts a relay that ignores stream: true and answers with one JSON completion", async () => {
    const fetchJson: typeof fetch = async () =>
      new Response(JSON.stringify({ choices: [{ index: 0, message: { role: "assistant", content: "# Title\n\nbody" }, finish_reason: "stop" }] }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    const deltas: string[] = [];
    const text = await streamChatCompletion(configFor(fake.url), messagesFor("ok"), { fetch: fetchJson, onDelta: (d) => deltas.push(d) });
    expect(text).toBe("# Title\n\nbody");
    expect(deltas).toEqual([text]);
  });

  it("counts a stream that ends with [DONE] but no finish_reason as complete", async () => {
    const body = [
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: "hello " }, finish_reason: null }] })}`,
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: "world" }, finish_reason: null }] })}`,
      "data: [DONE]",
      "",
    ].join("\n\n");
    const fetchSse: typeof fetch = async () => new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
    await expect(streamChatCompletion(configFor(fake.url), messagesFor("ok"), { fetch: fetchSse })).resolves.toBe("hello world");
  });
});
