import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { Language } from "@/lib/classifier/schema";

export const llmErrorKinds = [
  "auth",
  "rate_limit",
  "server",
  "timeout",
  "connection",
  "bad_response",
  "stream_cut",
  "not_found",
  "bad_request",
  "aborted",
] as const;
export type LlmErrorKind = (typeof llmErrorKinds)[number];

type Messages = Record<Language, string>;

export type LlmErrorInit = {
  kind: LlmErrorKind;
  /** Whether retrying at once, automatically, is worth it. */
  retryable: boolean;
  status?: number;
  /** From a 429/503 Retry-After header. */
  retryAfterMs?: number;
  /** What the endpoint said, already sanitised and shortened. */
  detail?: string;
  messages: Messages;
};

/**
 * Every failure of an LLM call, classified. `message` is the English text; `messageFor(lang)`
 * gives the one to show. Messages name the setting to fix and never contain the API key.
 */
export class LlmError extends Error {
  override readonly name = "LlmError";
  readonly kind: LlmErrorKind;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly detail?: string;
  readonly #messages: Messages;

  constructor(init: LlmErrorInit) {
    super(init.messages.en);
    this.kind = init.kind;
    this.retryable = init.retryable;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.detail = init.detail;
    this.#messages = init.messages;
  }

  messageFor(lang: Language): string {
    return this.#messages[lang];
  }

  toJSON(): { kind: LlmErrorKind; retryable: boolean; status: number | null; message: string } {
    return { kind: this.kind, retryable: this.retryable, status: this.status ?? null, message: this.message };
  }
}

export function isLlmError(error: unknown): error is LlmError {
  return error instanceof LlmError;
}

const MAX_DETAIL_CHARS = 300;

/**
 * Removes credentials from text that came from an endpoint or the network stack: the configured
 * key (relays sometimes echo it back), anything shaped like an API key, and bearer tokens.
 */
export function sanitizeText(text: string, apiKey?: string): string {
  let out = text;
  if (apiKey && apiKey.length >= 4) out = out.split(apiKey).join("***");
  return out
    .replace(/\b(sk|pk|rk)-[A-Za-z0-9_-]{6,}/g, "$1-***")
    .replace(/\bBearer\s+[A-Za-z0-9._~+/=-]{6,}/gi, "Bearer ***")
    .replace(/\/\/[^/\s:@]+:[^/\s@]+@/g, "//***@");
}

/** A short, safe rendering of what the endpoint said; HTML pages are reduced to their title. */
export function summarizeDetail(raw: string | undefined, apiKey?: string): string | undefined {
  if (!raw) return undefined;
  let text = raw;
  if (/<!doctype html|<html[\s>]|<body[\s>]/i.test(text)) {
    const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]{1,200})<\/h1>/i.exec(text)?.[1];
    text = title ? `HTML page "${title.trim()}"` : "HTML page";
  }
  text = sanitizeText(text.replace(/\s+/g, " ").trim(), apiKey);
  if (!text) return undefined;
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}…` : text;
}

/** The origin of the base URL without any credentials in it, safe to show. */
export function safeOrigin(baseURL: string): string {
  try {
    const url = new URL(baseURL);
    return `${url.protocol}//${url.host}`;
  } catch {
    return "LLM_BASE_URL";
  }
}

function suffix(status: number | undefined, detail: string | undefined): string {
  const parts = [status ? `HTTP ${status}` : "", detail ?? ""].filter(Boolean);
  return parts.length ? ` (${parts.join(": ")})` : "";
}

export type BadResponseReason = "html" | "empty" | "invalid";

/** Builders for each kind, so that every place that fails says the same thing. */
export const llmErrors = {
  auth(status: 401 | 403 | number, detail?: string): LlmError {
    const s = suffix(status, detail);
    const messages: Messages =
      status === 403
        ? {
            en: `The LLM API refused access${s}. Check that LLM_API_KEY (or OPENAI_API_KEY) may use the model in LLM_MODEL, that the account has balance left, and that this server's IP is allowed.`,
            zh: `LLM 接口拒绝访问${s}。请确认 LLM_API_KEY（或 OPENAI_API_KEY）有权使用 LLM_MODEL 指定的模型、账户余额充足、本机 IP 未被限制。`,
          }
        : {
            en: `The LLM API rejected the API key${s}. Check LLM_API_KEY (or OPENAI_API_KEY): it may be wrong, expired or meant for another provider.`,
            zh: `LLM 接口拒绝了 API 密钥${s}。请检查 LLM_API_KEY（或 OPENAI_API_KEY）：密钥可能错误、已过期或属于其他服务商。`,
          };
    return new LlmError({ kind: "auth", retryable: false, status, detail, messages });
  },
  notFound(detail?: string): LlmError {
    const s = suffix(404, detail);
    return new LlmError({
      kind: "not_found",
      retryable: false,
      status: 404,
      detail,
      messages: {
        en: `The LLM endpoint or model was not found${s}. Check LLM_BASE_URL (is /v1 missing at the end?) and LLM_MODEL.`,
        zh: `找不到 LLM 接口或模型${s}。请检查 LLM_BASE_URL（末尾是否缺少 /v1？）和 LLM_MODEL。`,
      },
    });
  },
  badRequest(status: number, detail?: string): LlmError {
    const s = suffix(status, detail);
    return new LlmError({
      kind: "bad_request",
      retryable: false,
      status,
      detail,
      messages: {
        en: `The LLM API rejected the request${s}. Check LLM_MODEL; the error text may also be too long for the model.`,
        zh: `LLM 接口拒绝了请求${s}。请检查 LLM_MODEL；也可能是报错文本超出了模型的上下文长度。`,
      },
    });
  },
  rateLimit(detail?: string, retryAfterMs?: number, isQuotaExhausted = false): LlmError {
    const s = suffix(429, detail);
    return new LlmError({
      kind: "rate_limit",
      retryable: !isQuotaExhausted,
      status: 429,
      retryAfterMs,
      detail,
      messages: isQuotaExhausted
        ? {
            en: `The LLM account's quota is used up${s}. Top up the balance or set another LLM_API_KEY.`,
            zh: `LLM 账户额度已用完${s}。请充值，或更换 LLM_API_KEY。`,
          }
        : {
            en: `The LLM API is rate limiting requests${s}. Wait a moment and try again.`,
            zh: `LLM 接口限流${s}。请稍等片刻再重试。`,
          },
    });
  },
  server(status: number | undefined, detail?: string, retryAfterMs?: number): LlmError {
    const s = suffix(status, detail);
    return new LlmError({
      kind: "server",
      retryable: true,
      status,
      retryAfterMs,
      detail,
      messages: {
        en: `The LLM service failed${s}. This is usually temporary: try again in a moment.`,
        zh: `LLM 服务出错${s}。通常是暂时的，请稍后重试。`,
      },
    });
  },
  timeout(timeoutMs: number): LlmError {
    return new LlmError({
      kind: "timeout",
      // The whole budget is spent; the user decides whether to wait that long again.
      retryable: false,
      messages: {
        en: `The LLM did not finish within ${timeoutMs} ms. Raise LLM_TIMEOUT_MS or choose a faster LLM_MODEL.`,
        zh: `LLM 未能在 ${timeoutMs} 毫秒内完成回答。请调大 LLM_TIMEOUT_MS，或换用更快的 LLM_MODEL。`,
      },
    });
  },
  connection(origin: string, detail?: string): LlmError {
    const s = detail ? ` (${detail})` : "";
    return new LlmError({
      kind: "connection",
      retryable: true,
      detail,
      messages: {
        en: `Could not reach the LLM at ${origin}${s}. Check LLM_BASE_URL and that the service is running and reachable from this server.`,
        zh: `无法连接 LLM 服务 ${origin}${s}。请检查 LLM_BASE_URL，并确认服务已启动且本机可以访问。`,
      },
    });
  },
  badResponse(reason: BadResponseReason, detail?: string, status?: number): LlmError {
    const s = detail ? ` (${detail})` : "";
    const messages: Messages =
      reason === "html"
        ? {
            en: `The LLM endpoint answered with an HTML page instead of an OpenAI chat-completions response${s}. Check LLM_BASE_URL (it usually ends in /v1).`,
            zh: `LLM 接口返回了 HTML 网页，而不是 OpenAI chat-completions 格式的响应${s}。请检查 LLM_BASE_URL（通常以 /v1 结尾）。`,
          }
        : reason === "empty"
          ? {
              en: `The LLM returned an empty answer${s}. Try again, or choose another LLM_MODEL.`,
              zh: `LLM 返回了空的回答${s}。请重试，或换用其他 LLM_MODEL。`,
            }
          : {
              en: `The LLM endpoint sent data that is not a valid OpenAI chat-completions response${s}. Check LLM_BASE_URL.`,
              zh: `LLM 接口返回的数据不是有效的 OpenAI chat-completions 响应${s}。请检查 LLM_BASE_URL。`,
            };
    return new LlmError({ kind: "bad_response", retryable: false, status, detail, messages });
  },
  streamCut(): LlmError {
    return new LlmError({
      kind: "stream_cut",
      retryable: true,
      messages: {
        en: "The LLM's answer stopped before it was complete: the stream ended without finishing.",
        zh: "LLM 的回答在完成前中断了：数据流未正常结束。",
      },
    });
  },
  aborted(): LlmError {
    return new LlmError({
      kind: "aborted",
      retryable: false,
      messages: { en: "The LLM request was cancelled.", zh: "LLM 请求已取消。" },
    });
  },
};

function headerMs(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** The upstream's own message without the status prefix the openai package adds. */
function upstreamMessage(error: APIError): string | undefined {
  const body = error.error as { message?: unknown } | undefined;
  if (body && typeof body.message === "string") return body.message;
  const message = error.message.replace(/^\d{3}\s+/, "");
  return /status code \(no body\)|no status code or body/.test(message) ? undefined : message;
}

export type ClassifyContext = {
  apiKey: string;
  baseURL: string;
  timeoutMs: number;
  /** Whether any text had arrived when the error happened (a broken body then means a cut stream). */
  hasReceivedText: boolean;
};

/** Maps anything thrown while talking to the endpoint to an LlmError. */
export function toLlmError(error: unknown, ctx: ClassifyContext): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof APIUserAbortError) return llmErrors.aborted();
  if (error instanceof APIConnectionTimeoutError) return llmErrors.timeout(ctx.timeoutMs);
  if (error instanceof APIConnectionError) {
    if (ctx.hasReceivedText) return llmErrors.streamCut();
    const cause = (error as { cause?: unknown }).cause;
    const code = (cause as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    return llmErrors.connection(safeOrigin(ctx.baseURL), typeof code === "string" ? code : undefined);
  }
  if (error instanceof APIError) {
    const status = error.status;
    const detail = summarizeDetail(upstreamMessage(error), ctx.apiKey);
    if (status === undefined) {
      // An `error` object inside a 200 stream: the upstream failed after the headers.
      return llmErrors.server(undefined, detail);
    }
    if (status === 401 || status === 403) return llmErrors.auth(status, detail);
    if (status === 404) return llmErrors.notFound(detail);
    if (status === 408) return llmErrors.server(status, detail);
    if (status === 429) {
      const code = `${String(error.code ?? "")} ${String(error.type ?? "")}`;
      return llmErrors.rateLimit(detail, headerMs(error.headers), /insufficient_quota|quota/i.test(code));
    }
    if (status >= 500) return llmErrors.server(status, detail, headerMs(error.headers));
    return llmErrors.badRequest(status, detail);
  }
  if (error instanceof SyntaxError) {
    return llmErrors.badResponse("invalid", summarizeDetail(error.message, ctx.apiKey));
  }
  // undici reports a body broken off mid-stream as "TypeError: terminated".
  if (error instanceof Error && ctx.hasReceivedText) return llmErrors.streamCut();
  if (error instanceof Error && error.name === "AbortError") return llmErrors.aborted();
  const message = error instanceof Error ? error.message : String(error);
  return llmErrors.connection(safeOrigin(ctx.baseURL), summarizeDetail(message, ctx.apiKey));
}
