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
      .refine(
        (v) => v.startsWith("file:") || v === ":memory:" || /^postgres(ql)?:\/\/\S+$/.test(v),
        "must be a SQLite file URL such as file:./data/errdoc.db or a PostgreSQL URL such as postgres://user:pass@host:5432/errdoc",
      ),
  ),
  DATABASE_POOL_MAX: int(10, 1),
  DATABASE_STATEMENT_TIMEOUT_MS: int(10_000, 0),
  LLM_BASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  LLM_API_KEY: optionalText,
  LLM_MODEL: optionalText,
  OPENAI_BASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  OPENAI_API_KEY: optionalText,
  LLM_TIMEOUT_MS: int(60_000, 1),
  LLM_CONCURRENCY: int(4, 1),
  LLM_LEASE_SECONDS: int(20, 2),
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

export type LlmSettings = {
  baseURL: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  /** Jobs one instance runs at once. */
  concurrency: number;
  /** How long a job's lease lasts without a heartbeat: another instance takes over after it. */
  leaseMs: number;
};

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server shared by instances. */
export type DatabaseConfig =
  | { dialect: "sqlite"; path: string }
  | { dialect: "postgres"; url: string; poolMax: number; statementTimeoutMs: number };

export type Env = {
  database: DatabaseConfig;
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
    database: e.DATABASE_URL.startsWith("postgres")
      ? { dialect: "postgres", url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX, statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS }
      : { dialect: "sqlite", path: e.DATABASE_URL === ":memory:" ? ":memory:" : e.DATABASE_URL.slice("file:".length) },
    llm: isLlmConfigured
      ? {
          baseURL: (baseURL ?? "https://api.openai.com/v1").replace(/\/+$/, ""),
          apiKey: apiKey ?? "not-needed",
          model: e.LLM_MODEL ?? DEFAULT_MODEL,
          timeoutMs: e.LLM_TIMEOUT_MS,
          concurrency: e.LLM_CONCURRENCY,
          leaseMs: e.LLM_LEASE_SECONDS * 1000,
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
