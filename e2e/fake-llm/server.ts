/**
 * A fake OpenAI-compatible chat-completions server for tests: a real node:http server on
 * 127.0.0.1 that streams canned "代码糕手" reports and, on request, misbehaves the way real
 * endpoints and relays do.
 *
 * The behaviour is chosen per request by a marker in the content of the LAST user message,
 * `[[fake-llm:MODE]]`, so tests running in parallel against one server do not interfere.
 * Modes: see `fakeLlmModes`. `flaky` (500) and `failonce` (401) fail the first request carrying a
 * given `[[fake-llm-key:X]]` and succeed after, so a retry or a "Retry with AI" click recovers.
 *
 * Routes: POST /v1/chat/completions (JSON or `stream: true` SSE), GET /v1/models,
 * GET /__requests (every request body received, for privacy assertions), POST /__reset.
 *
 * Run directly for Playwright's webServer:
 *   tsx e2e/fake-llm/server.ts --port 4010 --key test-key
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { pathToFileURL } from "node:url";

export const fakeLlmModes = [
  "ok",
  "slow",
  "crawl",
  "timeout",
  "stall",
  "http401",
  "http403",
  "http429",
  "http500",
  "http502",
  "http503",
  "drop",
  "html",
  "garbage",
  "cut",
  "flaky",
  "failonce",
  "empty",
  "hostile",
  "echokey",
] as const;
export type FakeLlmMode = (typeof fakeLlmModes)[number];

export const FAKE_LLM_MODEL = "fake-model";

export type FakeLlmRequest = {
  method: string;
  path: string;
  /** Parsed JSON body, or the raw text when it was not JSON (null when empty). */
  body: unknown;
  receivedAt: string;
};

export type FakeLlmServer = {
  /** Base URL ending in /v1, ready for `new OpenAI({ baseURL })`. */
  url: string;
  port: number;
  close(): Promise<void>;
  requests(): FakeLlmRequest[];
  reset(): void;
};

export type FakeLlmOptions = {
  port?: number;
  /** The key expected in `Authorization: Bearer …`; default `test-key`. */
  apiKey?: string;
  /** Delay between streamed chunks in `ok` mode (default 15 ms); `slow` spreads ~3 s, `crawl` ~5 s (under the e2e LLM_TIMEOUT_MS of 6 s). */
  chunkDelayMs?: number;
};

const CHUNK_COUNT = 20;
const SLOW_TOTAL_MS = 3000;
/** `crawl`: a slow answer that outlasts a page load on a busy machine, for tests that watch it stream. */
const CRAWL_TOTAL_MS = 5000;
const STALL_CHUNKS = 3;

type ChatBody = {
  model?: unknown;
  stream?: unknown;
  messages?: unknown;
};

type Message = { role: string; content: string };

function messagesOf(body: ChatBody): Message[] {
  if (!Array.isArray(body.messages)) return [];
  return body.messages.flatMap((m): Message[] => {
    if (!m || typeof m !== "object") return [];
    const { role, content } = m as { role?: unknown; content?: unknown };
    const text =
      typeof content === "string"
        ? content
        : Array.isArray(content)
          ? content.map((part) => (part && typeof part === "object" && "text" in part ? String(part.text) : "")).join("")
          : "";
    return [{ role: typeof role === "string" ? role : "", content: text }];
  });
}

function lastUserContent(messages: Message[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.role === "user") return messages[i]!.content;
  }
  return "";
}

function modeOf(lastUser: string): FakeLlmMode {
  const match = /\[\[fake-llm:([a-z0-9]+)\]\]/.exec(lastUser);
  const mode = match?.[1];
  return fakeLlmModes.includes(mode as FakeLlmMode) ? (mode as FakeLlmMode) : "ok";
}

/** zh when the prompt asks for the Chinese headings (or, failing that, is written in Chinese). */
function languageOf(messages: Message[]): "zh" | "en" {
  const all = messages.map((m) => m.content).join("\n");
  if (all.includes("## 错误翻译")) return "zh";
  if (all.includes("## Translation")) return "en";
  return /[\u4e00-\u9fff]/.test(lastUserContent(messages)) ? "zh" : "en";
}

function withoutMarkers(line: string): string {
  return line.replace(/\[\[fake-llm[^\]]*\]\]/g, "").trim().slice(0, 200) || "Error";
}

/** The first line of the first fenced block of the last user message: the pasted error in errdoc's prompt. */
function pastedErrorLine(lastUser: string): string {
  const lines = lastUser.split("\n");
  let fence: string | null = null;
  for (const line of lines) {
    const trimmed = line.trim();
    if (fence === null) {
      const open = /^(`{3,}|~{3,})/.exec(trimmed);
      if (open) fence = open[1]!;
      continue;
    }
    if (trimmed === fence) break;
    if (trimmed) return withoutMarkers(trimmed);
  }
  return withoutMarkers(lines.find((l) => l.trim()) ?? "");
}

/** A well-formed report carrying what a compromised or prompt-injected model might write. */
export function hostileReport(language: "zh" | "en", errorLine: string): string {
  const injected = [
    '<script>window.__errdocPwned = "script"</script>',
    '<img src="x" onerror="window.__errdocPwned = \'img\'">',
    "[click to fix](javascript:window.__errdocPwned='link')",
    '<a href="javascript:window.__errdocPwned=\'a\'">raw link</a>',
  ].join("\n\n");
  return cannedReport(language, errorLine).replace(/(\n## (?:原因分析|Cause analysis)\n\n)/, `$1${injected}\n\n`);
}

export function cannedReport(language: "zh" | "en", errorLine: string): string {
  if (language === "zh") {
    return `# 代码糕手 - 报错分析报告：API 令牌无效

## 错误翻译

原文：${errorLine}
译文：认证错误：提供的 API 令牌无效或已过期（HTTP 401）

## 原因分析

这是一个 API 身份验证失败错误，服务器无法验证请求中携带的令牌。

- **令牌无效或已过期**：使用了错误的 API 密钥，或密钥已被删除
- **密钥与服务商不匹配**：把一家服务商的密钥发给了另一家的接口
- **请求头格式错误**：\`Authorization\` 头缺少 \`Bearer \` 前缀

## 解决方案

### 方案一：从环境变量读取有效的 API 密钥

\`\`\`python
import os
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENAI_API_KEY"],
    base_url=os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"),
)
\`\`\`

1. 在服务商控制台重新生成密钥
2. 写入 \`.env\` 文件，不要硬编码在代码里

### 方案二：用 curl 验证密钥

\`\`\`bash
curl "$OPENAI_BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"
\`\`\`

- 返回 200 说明密钥有效，问题在代码的配置上

## 预防措施

- 使用环境变量或密钥管理服务存储 API 密钥，避免硬编码
- 定期轮换密钥，并为开发、测试、生产使用不同的密钥
- 在调用处捕获 401 错误并给出明确提示

## 推荐工具

- **Postman / Insomnia**：测试 API 端点和令牌
- **python-dotenv**：从 \`.env\` 文件加载环境变量
- **curl -v**：查看完整的请求和响应头
`;
  }
  return `# errdoc report: invalid API token

## Translation

Original: ${errorLine}
Translation: Authentication failed: the API token sent with the request is invalid or expired (HTTP 401).

## Cause analysis

This is an authentication failure: the server could not verify the token in the request.

- **Invalid or expired token**: the API key is wrong or has been revoked
- **Key for another provider**: a key from one provider was sent to another provider's endpoint
- **Malformed header**: the \`Authorization\` header lacks the \`Bearer \` prefix

## Solutions

### Solution 1: Read a valid key from the environment

\`\`\`python
import os
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENAI_API_KEY"],
    base_url=os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1"),
)
\`\`\`

1. Create a new key in the provider's console
2. Put it in a \`.env\` file instead of the source code

### Solution 2: Check the key with curl

\`\`\`bash
curl "$OPENAI_BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"
\`\`\`

- A 200 answer means the key works and the problem is in the code's configuration

## Prevention

- Keep API keys in environment variables or a secret manager, never in code
- Rotate keys regularly and use separate keys for development and production
- Catch 401 errors where you call the API and show a clear message

## Recommended tools

- **Postman / Insomnia**: test endpoints and tokens
- **python-dotenv**: load environment variables from a \`.env\` file
- **curl -v**: see the full request and response headers
`;
}

/** Splits text into `count` pieces of nearly equal length (by code point, never splitting a character). */
function splitIntoChunks(text: string, count: number): string[] {
  const chars = Array.from(text);
  const size = Math.max(1, Math.ceil(chars.length / count));
  const chunks: string[] = [];
  for (let i = 0; i < chars.length; i += size) chunks.push(chars.slice(i, i + size).join(""));
  return chunks;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  type: string,
  code: string | null,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeLlm(options: FakeLlmOptions = {}): Promise<FakeLlmServer> {
  const expectedKey = options.apiKey ?? "test-key";
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  let recorded: FakeLlmRequest[] = [];
  /** `${mode}:${key}` of the fail-once modes that have already failed. */
  const failedOnce = new Set<string>();
  const reset = () => {
    recorded = [];
    failedOnce.clear();
  };
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, "fake-llm internal error", "server_error", null);
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;

    if (method === "GET" && path === "/__requests") return sendJson(res, 200, recorded);
    if (method === "POST" && path === "/__reset") {
      reset();
      return sendJson(res, 200, { ok: true });
    }

    recorded.push({ method, path, body: parseJson(raw), receivedAt: new Date().toISOString() });

    const isChat = method === "POST" && path === "/v1/chat/completions";
    const isModels = method === "GET" && path === "/v1/models";
    if (!isChat && !isModels) {
      return sendError(res, 404, `Unknown request URL: ${method} ${path}`, "invalid_request_error", "unknown_url");
    }

    const auth = req.headers.authorization ?? "";
    const givenKey = auth.startsWith("Bearer ") ? auth.slice("Bearer ".length) : "";
    if (givenKey !== expectedKey) {
      // Echo the key in full, as some relays do, so that clients' redaction of error messages is tested.
      return sendError(res, 401, `Incorrect API key provided: ${givenKey || "(none)"}`, "invalid_request_error", "invalid_api_key");
    }

    if (isModels) {
      return sendJson(res, 200, {
        object: "list",
        data: [{ id: FAKE_LLM_MODEL, object: "model", created: 1700000000, owned_by: "fake-llm" }],
      });
    }

    const parsed = parseJson(raw);
    if (!parsed || typeof parsed !== "object") {
      return sendError(res, 400, "We could not parse the JSON body of your request.", "invalid_request_error", null);
    }
    const body = parsed as ChatBody;
    const messages = messagesOf(body);
    if (messages.length === 0) {
      return sendError(res, 400, "'messages' must be a non-empty array.", "invalid_request_error", null);
    }
    const lastUser = lastUserContent(messages);
    let mode = modeOf(lastUser);
    const isStream = body.stream === true;
    const model = typeof body.model === "string" ? body.model : FAKE_LLM_MODEL;

    if (mode === "flaky" || mode === "failonce") {
      const key = `${mode}:${/\[\[fake-llm-key:([^\]]+)\]\]/.exec(lastUser)?.[1] ?? lastUser}`;
      if (!failedOnce.has(key)) {
        failedOnce.add(key);
        return mode === "flaky"
          ? sendError(res, 500, "The server had an error while processing your request.", "server_error", null)
          : sendError(res, 401, "Invalid Token (request id: 20251231141907730597702a9EzKd3G)", "rix_api_error", "");
      }
      mode = "ok";
    }

    switch (mode) {
      case "timeout":
        return; // never answer; the socket stays open until the client gives up or close()
      case "drop":
        req.socket.destroy();
        return;
      case "http401":
        return sendError(res, 401, "无效的令牌 (request id: 20260219100814161456584b503l5fK)", "new_api_error", "");
      case "echokey": // some relays quote the whole key they were sent
        return sendError(res, 401, `Invalid token: ${auth.replace(/^Bearer\s+/i, "")}`, "invalid_request_error", "invalid_api_key");
      case "http403":
        return sendError(res, 403, "This key is not allowed to access this model.", "permission_error", "model_not_allowed");
      case "http429":
        return sendError(res, 429, "Rate limit reached for requests. Please try again in 1s.", "requests", "rate_limit_exceeded", {
          "retry-after": "1",
        });
      case "http500":
        return sendError(res, 500, "The server had an error while processing your request.", "server_error", null);
      case "http502":
        res.writeHead(502, { "content-type": "text/html; charset=utf-8" });
        res.end("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n");
        return;
      case "http503":
        return sendError(res, 503, "The engine is currently overloaded, please try again later.", "server_error", "overloaded", {
          "retry-after": "1",
        });
      case "html":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>New API</title></head>" +
            "<body><div id=\"root\">请先登录 / Please sign in</div><script src=\"/assets/index.js\"></script></body></html>\n",
        );
        return;
      case "garbage":
        res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
        res.write("data: <html>this is not json</html>\n\n");
        res.write("data: {\"choices\": [ oops\n\n");
        res.end("data: [DONE]\n\n");
        return;
      default:
        break;
    }

    const language = languageOf(messages);
    const content = mode === "empty" ? "" : mode === "hostile" ? hostileReport(language, pastedErrorLine(lastUser)) : cannedReport(language, pastedErrorLine(lastUser));
    const id = `chatcmpl-fake${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const created = Math.floor(Date.now() / 1000);
    const delay = mode === "slow" ? Math.round(SLOW_TOTAL_MS / CHUNK_COUNT) : mode === "crawl" ? Math.round(CRAWL_TOTAL_MS / CHUNK_COUNT) : chunkDelayMs;

    if (!isStream) {
      if (mode === "stall") return; // nothing is ever sent
      if (mode === "slow") await sleep(SLOW_TOTAL_MS);
      if (mode === "crawl") await sleep(CRAWL_TOTAL_MS);
      if (mode === "cut") {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end(`{"id":"${id}","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"`);
        return;
      }
      return sendJson(res, 200, {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
        usage: { prompt_tokens: 100, completion_tokens: content.length, total_tokens: 100 + content.length },
      });
    }

    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    const chunk = (delta: Record<string, string>, finishReason: string | null) =>
      `data: ${JSON.stringify({
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finishReason }],
      })}\n\n`;

    let isClosed = false;
    res.on("close", () => {
      isClosed = true;
    });

    res.write(chunk({ role: "assistant", content: "" }, null));
    const pieces = splitIntoChunks(content, CHUNK_COUNT);
    const limit = mode === "cut" ? Math.ceil(pieces.length / 2) : mode === "stall" ? STALL_CHUNKS : pieces.length;
    for (let i = 0; i < limit; i++) {
      if (isClosed) return;
      await sleep(delay);
      if (isClosed) return;
      res.write(chunk({ content: pieces[i]! }, null));
    }
    if (mode === "stall") return; // keep the response open, send nothing more
    if (mode === "cut") {
      res.end();
      return;
    }
    res.write(chunk({}, "stop"));
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port ?? 0;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests: () => structuredClone(recorded),
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const args = process.argv.slice(2);
  const portArg = argValue(args, "--port");
  const port = portArg === undefined ? 4010 : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`fake-llm: --port must be an integer 0-65535, got ${portArg}`);
    process.exit(2);
  }
  startFakeLlm({ port, apiKey: argValue(args, "--key") }).then(
    (fake) => {
      console.log(`fake-llm listening on ${fake.url}`);
      const stop = () => void fake.close().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (error: unknown) => {
      console.error(`fake-llm: could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
