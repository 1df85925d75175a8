import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeLlm, type FakeLlmServer } from "@/e2e/fake-llm/server";

/** The fake server itself, spoken to over plain HTTP: other tests and Playwright rely on its protocol. */

let fake: FakeLlmServer;
const auth = { authorization: "Bearer secret-for-fake" };

beforeAll(async () => {
  fake = await startFakeLlm({ apiKey: "secret-for-fake", chunkDelayMs: 1 });
});
afterAll(async () => {
  await fake.close();
});

function chat(content: string, { stream = false, headers = auth }: { stream?: boolean; headers?: Record<string, string> } = {}) {
  return fetch(`${fake.url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ model: "fake-model", stream, messages: [{ role: "user", content }] }),
  });
}

describe("fake-llm server", () => {
  it("listens on 127.0.0.1 with a base URL ending in /v1", () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(fake.port).toBeGreaterThan(0);
  });

  it("lists its model, and wants the key for it", async () => {
    const ok = await fetch(`${fake.url}/models`, { headers: auth });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ object: "list", data: [{ id: "fake-model" }] });
    const denied = await fetch(`${fake.url}/models`, { headers: { authorization: "Bearer nope" } });
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ error: { code: "invalid_api_key" } });
  });

  it("answers unknown routes with a 404 JSON error", async () => {
    const res = await fetch(`${fake.url}/embeddings`, { method: "POST", headers: auth, body: "{}" });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error" } });
  });

  it("answers a non-streaming request with one chat.completion", async () => {
    const res = await chat("## Translation please\n```\nTypeError: x is undefined\n```");
    const body = (await res.json()) as { object: string; choices: Array<{ message: { content: string }; finish_reason: string }> };
    expect(body.object).toBe("chat.completion");
    expect(body.choices[0]!.finish_reason).toBe("stop");
    expect(body.choices[0]!.message.content).toContain("Original: TypeError: x is undefined");
  });

  it("streams chunks as SSE and ends with finish_reason and [DONE]", async () => {
    const res = await chat("错误 ## 错误翻译", { stream: true });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = (await res.text()).split("\n\n").filter(Boolean);
    expect(events.at(-1)).toBe("data: [DONE]");
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, "")) as {
      object: string;
      choices: Array<{ delta: { content?: string }; finish_reason: string | null }>;
    });
    expect(chunks.every((c) => c.object === "chat.completion.chunk")).toBe(true);
    expect(chunks.length).toBeGreaterThanOrEqual(20);
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe("stop");
    const text = chunks.map((c) => c.choices[0]!.delta.content ?? "").join("");
    for (const heading of ["## 错误翻译", "## 原因分析", "## 解决方案", "## 预防措施", "## 推荐工具", "```python"]) {
      expect(text).toContain(heading);
    }
  });

  it("records every request body, and forgets them on /__reset", async () => {
    await chat("remember me [[fake-llm:http500]]");
    const recorded = (await (await fetch(`${fake.url.replace(/\/v1$/, "")}/__requests`)).json()) as Array<{ path: string; body: unknown }>;
    expect(recorded.some((r) => r.path === "/v1/chat/completions" && JSON.stringify(r.body).includes("remember me"))).toBe(true);
    expect(fake.requests()).toEqual(recorded);
    const reset = await fetch(`${fake.url.replace(/\/v1$/, "")}/__reset`, { method: "POST" });
    expect(reset.status).toBe(200);
    expect(fake.requests()).toEqual([]);
  });

  it("fails `flaky` once per key, then succeeds", async () => {
    expect((await chat("[[fake-llm:flaky]] [[fake-llm-key:a]]")).status).toBe(500);
    expect((await chat("[[fake-llm:flaky]] [[fake-llm-key:b]]")).status).toBe(500);
    expect((await chat("[[fake-llm:flaky]] [[fake-llm-key:a]]")).status).toBe(200);
  });

  it("fails `failonce` with a 401 once per key, then succeeds", async () => {
    expect((await chat("[[fake-llm:failonce]] [[fake-llm-key:a]]")).status).toBe(401);
    expect((await chat("[[fake-llm:failonce]] [[fake-llm-key:a]]")).status).toBe(200);
  });

  it("uses the mode of the last user message only", async () => {
    const res = await fetch(`${fake.url}/chat/completions`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({
        model: "fake-model",
        messages: [
          { role: "user", content: "[[fake-llm:http500]]" },
          { role: "user", content: "[[fake-llm:http403]]" },
        ],
      }),
    });
    expect(res.status).toBe(403);
  });

  it("sends Retry-After with a 429", async () => {
    const res = await chat("[[fake-llm:http429]]");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
  });

  it("answers `html` with a 200 HTML page", async () => {
    const res = await chat("[[fake-llm:html]]", { stream: true });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
  });

  it("ends a `cut` stream without [DONE]", async () => {
    const text = await (await chat("[[fake-llm:cut]]", { stream: true })).text();
    expect(text).not.toContain("[DONE]");
    expect(text).not.toContain('"finish_reason":"stop"');
    expect(text).toContain("chat.completion.chunk");
  });

  it("closes even while a `timeout` request is still hanging", async () => {
    const other = await startFakeLlm({ apiKey: "k" });
    const hanging = fetch(`${other.url}/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
      body: JSON.stringify({ messages: [{ role: "user", content: "[[fake-llm:timeout]]" }] }),
    }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await hanging).toBeInstanceOf(Error);
  });
});
