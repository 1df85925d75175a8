import { z } from "zod";
import { parseTrustProxy, type TrustProxy } from "@/lib/http/trust-proxy";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());
const int = (fallback: number, min: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).default(fallback));

const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("file:./data/errdoc.db")
      .refine((v) => v.startsWith("file:") || v === ":memory:", "must be a SQLite file URL such as file:./data/errdoc.db"),
  ),
  LLM_BASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  LLM_API_KEY: optionalText,
  LLM_MODEL: optionalText,
  OPENAI_BASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  OPENAI_API_KEY: optionalText,
  LLM_TIMEOUT_MS: int(60_000, 1),
  LLM_CONCURRENCY: int(4, 1),
  PORT: int(3000, 1),
  MAX_INPUT_BYTES: int(262_144, 1),
  MAX_CONTEXT_BYTES: int(8_192, 1),
  RATE_LIMIT_PER_MINUTE: int(30, 0),
  PUBLIC_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  TRUST_PROXY: z.string().optional().transform((value, ctx): TrustProxy => {
    try {
      return parseTrustProxy(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  }),
});

export type LlmSettings = { baseURL: string; apiKey: string; model: string; timeoutMs: number; concurrency: number };

export type Env = {
  databasePath: string;
  llm: LlmSettings | null;
  port: number;
  maxInputBytes: number;
  maxContextBytes: number;
  rateLimitPerMinute: number;
  publicUrl: string | null;
  /** Whose X-Forwarded-For/-Proto/-Host is believed; see lib/http/trust-proxy.ts. */
  trustProxy: TrustProxy;
};

const DEFAULT_MODEL = "gpt-4o-mini";

/** Thrown for a bad environment; its message is the one line printed at start-up. */
export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new EnvError(`errdoc: invalid ${name}=${JSON.stringify(source[name] ?? "")}: ${issue.message}`);
  }
  const e = parsed.data;
  const baseURL = e.LLM_BASE_URL ?? e.OPENAI_BASE_URL;
  const apiKey = e.LLM_API_KEY ?? e.OPENAI_API_KEY;
  // Local servers (Ollama, vLLM, LM Studio) need no key; a base URL alone turns the LLM on.
  const isLlmConfigured = Boolean(baseURL || apiKey);
  return {
    databasePath: e.DATABASE_URL === ":memory:" ? ":memory:" : e.DATABASE_URL.slice("file:".length),
    llm: isLlmConfigured
      ? {
          baseURL: (baseURL ?? "https://api.openai.com/v1").replace(/\/+$/, ""),
          apiKey: apiKey ?? "not-needed",
          model: e.LLM_MODEL ?? DEFAULT_MODEL,
          timeoutMs: e.LLM_TIMEOUT_MS,
          concurrency: e.LLM_CONCURRENCY,
        }
      : null,
    port: e.PORT,
    maxInputBytes: e.MAX_INPUT_BYTES,
    maxContextBytes: e.MAX_CONTEXT_BYTES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, "") ?? null,
    trustProxy: e.TRUST_PROXY,
  };
}

let cached: Env | undefined;

/** The only reader of process.env: parsed once, on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
