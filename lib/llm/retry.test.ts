import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeLlm, type FakeLlmServer } from "@/e2e/fake-llm/server";
import { streamChatCompletion } from "./client";
import { LlmError, llmErrors } from "./errors";
import { retryDelayMs, runWithRetries } from "./retry";
import { configFor, messagesFor, uniqueKey } from "./test-helpers";

let fake: FakeLlmServer;

beforeAll(async () => {
  fake = await startFakeLlm({ apiKey: "test-key" });
});
afterAll(async () => {
  await fake.close();
});

function requestsWith(marker: string): number {
  return fake.requests().filter((r) => JSON.stringify(r.body).includes(marker)).length;
}

describe("runWithRetries against the fake server", () => {
  it("recovers from a server that fails once (flaky)", async () => {
    const key = uniqueKey("flaky");
    const retries: string[] = [];
    const text = await runWithRetries(() => streamChatCompletion(configFor(fake.url), messagesFor("flaky", { key })), {
      baseDelayMs: 10,
      onRetry: ({ error }) => retries.push(error.kind),
    });
    expect(text).toContain("## Solutions");
    expect(retries).toEqual(["server"]);
    expect(requestsWith(key)).toBe(2);
  });

  it("waits for Retry-After after a 429, then recovers", async () => {
    const key = uniqueKey("rl");
    const delays: number[] = [];
    const started = Date.now();
    const text = await runWithRetries(
      (attempt) => streamChatCompletion(configFor(fake.url), messagesFor(attempt === 0 ? "http429" : "ok", { key })),
      { baseDelayMs: 10, onRetry: ({ delayMs }) => delays.push(delayMs) },
    );
    expect(text).toContain("## Solutions");
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(requestsWith(key)).toBe(2);
  });

  it("caps a Retry-After wait at maxRetryAfterMs", async () => {
    const key = uniqueKey("cap");
    const started = Date.now();
    await runWithRetries(
      (attempt) => streamChatCompletion(configFor(fake.url), messagesFor(attempt === 0 ? "http429" : "ok", { key })),
      { baseDelayMs: 10, maxRetryAfterMs: 50 },
    );
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("never retries a 401", async () => {
    const key = uniqueKey("auth");
    const error = await runWithRetries(() => streamChatCompletion(configFor(fake.url), messagesFor("http401", { key })), {
      baseDelayMs: 10,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe("auth");
    expect(requestsWith(key)).toBe(1);
  });

  it("does not retry `failonce` (a 401), and the next run succeeds", async () => {
    const key = uniqueKey("failonce");
    const run = () =>
      runWithRetries(() => streamChatCompletion(configFor(fake.url), messagesFor("failonce", { key })), { baseDelayMs: 10 });
    const error = await run().catch((e: unknown) => e);
    expect((error as LlmError).kind).toBe("auth");
    expect(requestsWith(key)).toBe(1);
    await expect(run()).resolves.toContain("## Solutions");
  });

  it("gives up on a server error after `retries` retries", async () => {
    const key = uniqueKey("500");
    const error = await runWithRetries(() => streamChatCompletion(configFor(fake.url), messagesFor("http500", { key })), {
      retries: 2,
      baseDelayMs: 10,
    }).catch((e: unknown) => e);
    expect((error as LlmError).kind).toBe("server");
    expect(requestsWith(key)).toBe(3);
  });

  it("retries a cut stream only once", async () => {
    const key = uniqueKey("cut");
    const error = await runWithRetries(() => streamChatCompletion(configFor(fake.url), messagesFor("cut", { key })), {
      retries: 2,
      baseDelayMs: 10,
    }).catch((e: unknown) => e);
    expect((error as LlmError).kind).toBe("stream_cut");
    expect(requestsWith(key)).toBe(2);
  });

  it("does not retry a timeout: the whole budget was already spent", async () => {
    const key = uniqueKey("timeout");
    const error = await runWithRetries(
      () => streamChatCompletion(configFor(fake.url, { timeoutMs: 200 }), messagesFor("timeout", { key })),
      { baseDelayMs: 10 },
    ).catch((e: unknown) => e);
    expect((error as LlmError).kind).toBe("timeout");
    expect(requestsWith(key)).toBe(1);
  });
});

describe("runWithRetries", () => {
  it("passes the attempt number and returns the first success", async () => {
    const seen: number[] = [];
    const result = await runWithRetries(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 2) throw llmErrors.connection("http://127.0.0.1:1");
        return "done";
      },
      { baseDelayMs: 1 },
    );
    expect(result).toBe("done");
    expect(seen).toEqual([0, 1, 2]);
  });

  it("throws anything that is not an LlmError at once", async () => {
    let calls = 0;
    const boom = new TypeError("bug");
    await expect(
      runWithRetries(
        async () => {
          calls += 1;
          throw boom;
        },
        { baseDelayMs: 1 },
      ),
    ).rejects.toBe(boom);
    expect(calls).toBe(1);
  });

  it("stops waiting and throws `aborted` when the signal fires during the backoff", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const promise = runWithRetries(
      async () => {
        throw llmErrors.server(503);
      },
      { baseDelayMs: 5000, signal: controller.signal, onRetry: () => setTimeout(() => controller.abort(), 20) },
    );
    const error = await promise.catch((e: unknown) => e);
    expect((error as LlmError).kind).toBe("aborted");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("retryDelayMs", () => {
  const server = llmErrors.server(500);
  it("doubles each retry, with jitter between half and the whole step", () => {
    expect(retryDelayMs(server, 0, { baseDelayMs: 100, random: () => 0 })).toBe(50);
    expect(retryDelayMs(server, 0, { baseDelayMs: 100, random: () => 0.999 })).toBe(100);
    expect(retryDelayMs(server, 1, { baseDelayMs: 100, random: () => 0 })).toBe(100);
    expect(retryDelayMs(server, 2, { baseDelayMs: 100, random: () => 0 })).toBe(200);
  });
  it("never waits longer than maxDelayMs", () => {
    expect(retryDelayMs(server, 20, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 })).toBeLessThanOrEqual(1000);
  });
  it("honours Retry-After up to its cap", () => {
    const limited = llmErrors.rateLimit(undefined, 3000);
    expect(retryDelayMs(limited, 0, { random: () => 0 })).toBe(3000);
    expect(retryDelayMs(limited, 0, { maxRetryAfterMs: 1000, random: () => 0 })).toBe(1000);
  });
  it("does not retry a used-up quota", () => {
    expect(llmErrors.rateLimit("insufficient_quota", undefined, true).retryable).toBe(false);
  });
});
