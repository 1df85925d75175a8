import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to an embedded SQLite file and rules only", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      database: { dialect: "sqlite", path: "./data/errdoc.db" },
      llm: null,
      port: 3000,
      maxInputBytes: 262_144,
      rateLimitPerMinute: 30,
      publicUrl: null,
    });
  });

  it("turns the LLM on from LLM_* and falls back to OPENAI_*", () => {
    expect(parseEnv({ LLM_BASE_URL: "http://127.0.0.1:11434/v1/", LLM_MODEL: "qwen2.5" }).llm).toMatchObject({
      baseURL: "http://127.0.0.1:11434/v1",
      model: "qwen2.5",
      timeoutMs: 60_000,
      concurrency: 4,
      leaseMs: 20_000,
    });
    expect(parseEnv({ OPENAI_API_KEY: "sk-x", OPENAI_BASE_URL: "https://relay.example.com/v1" }).llm).toMatchObject({
      baseURL: "https://relay.example.com/v1",
      apiKey: "sk-x",
    });
    expect(parseEnv({ LLM_API_KEY: "sk-a", OPENAI_API_KEY: "sk-b" }).llm?.apiKey).toBe("sk-a");
    expect(parseEnv({ LLM_API_KEY: "", LLM_BASE_URL: "  " }).llm).toBeNull();
  });

  it("takes a PostgreSQL URL with its pool settings, and names the accepted forms otherwise", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://errdoc:pw@db:5432/errdoc", DATABASE_POOL_MAX: "4", DATABASE_STATEMENT_TIMEOUT_MS: "2500" }).database).toEqual({
      dialect: "postgres",
      url: "postgresql://errdoc:pw@db:5432/errdoc",
      poolMax: 4,
      statementTimeoutMs: 2500,
    });
    expect(parseEnv({ DATABASE_URL: "postgres://localhost/errdoc" }).database).toMatchObject({ dialect: "postgres", poolMax: 10, statementTimeoutMs: 10_000 });
    expect(parseEnv({ DATABASE_URL: ":memory:" }).database).toEqual({ dialect: "sqlite", path: ":memory:" });
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/errdoc" })).toThrow(/DATABASE_URL=.*postgres:\/\//);
    expect(() => parseEnv({ DATABASE_URL: "postgres://localhost/x", DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
  });

  it("accepts 0 to turn rate limiting off", () => {
    expect(parseEnv({ RATE_LIMIT_PER_MINUTE: "0" }).rateLimitPerMinute).toBe(0);
  });

  it("trusts no proxy unless TRUST_PROXY names one", () => {
    expect(parseEnv({}).trustProxy).toEqual({ kind: "none" });
    expect(parseEnv({ TRUST_PROXY: "1" }).trustProxy).toEqual({ kind: "hops", hops: 1 });
    expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8, fd00::/8" }).trustProxy).toMatchObject({ kind: "list" });
  });

  it.each([
    ["TRUST_PROXY", "true"],
    ["TRUST_PROXY", "10.0.0.0/40"],
    ["TRUST_PROXY", "proxy.internal"],
    ["PORT", "abc"],
    ["MAX_INPUT_BYTES", "-5"],
    ["LLM_TIMEOUT_MS", "1.5"],
    ["LLM_BASE_URL", "not a url"],
    ["LLM_BASE_URL", "ftp://example.com"],
    ["DATABASE_URL", "mysql://localhost/db"],
    ["DATABASE_URL", "postgres://"],
    ["RATE_LIMIT_PER_MINUTE", "-1"],
  ])("a bad %s fails with one line naming it", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(EnvError);
    try {
      parseEnv({ [name]: value });
    } catch (error) {
      expect((error as Error).message).toContain(name);
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
