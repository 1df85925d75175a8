import { describe, expect, it } from "vitest";
import { endsLine, isPlaceholder, isWordLike, looksLikeToken, readValue } from "./values";

describe("isPlaceholder", () => {
  it.each([
    "YOUR_API_KEY",
    "your-api-key-here",
    "sk-xxxx",
    "sk-...",
    "<your-key>",
    "$OPENAI_API_KEY",
    "${OPENAI_API_KEY",
    "${{",
    "{{",
    "{api_key}",
    "%API_KEY%",
    "process.env.OPENAI_API_KEY",
    "os.environ",
    "OPENAI_API_KEY",
    "None",
    "null",
    "********",
    "sk-proj-****abcd",
    "sk-proj-…f3Xa",
    "[REDACTED:password]",
    "xxxxxxxxxxxxxxxx",
    "000000000000",
  ])("%s is a placeholder", (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each(["changeme", "password123", "hunter2", "Tr0ub4dor&3", "7Kd9Lq2Mz5Nx8Pw1Rv4S", "sk-proj-Rk3vT9wLq2Zb7YhN4cXe8P", "AKIA4HKQ7ZL2MN3PR5TU", "Ab12.Cd34"])(
    "%s is not a placeholder",
    (value) => {
      expect(isPlaceholder(value)).toBe(false);
    },
  );
});

describe("isWordLike", () => {
  it.each(["expired", "Invalid Token", "invalid_api_key", "InvalidSignature", "token-revoked", "NOT_SET"])("%s is a word", (value) => {
    expect(isWordLike(value)).toBe(true);
  });
  it.each(["aBcDeFgHiJkLmNoP", "Tq7Wm2Xn9Kp4", "abc123"])("%s is not a word", (value) => {
    expect(isWordLike(value)).toBe(false);
  });
});

describe("looksLikeToken", () => {
  it.each([
    ["7Kd9Lq2Mz5Nx8Pw1Rv4Sy6Tb3Uc0Ve7W", true],
    ["a1b2c3d4", true],
    ["12345678", false],
    ["expired", false],
    ["Bearer", false],
    ["InvalidAuthenticationTokenProvided", false],
    ["My API Key", false],
    ["-----BEGIN", false],
  ] as const)("%s → %s", (value, expected) => {
    expect(looksLikeToken(value)).toBe(expected);
  });
});

describe("readValue", () => {
  it.each([
    { text: "pw=abc def", start: 3, open: "", isQuery: false, value: "abc" },
    { text: "?k=abc&x=1", start: 3, open: "", isQuery: true, value: "abc" },
    { text: "k=abc&x=1", start: 2, open: "", isQuery: false, value: "abc&x=1" },
    { text: 'k="a\\"b" x', start: 3, open: '"', isQuery: false, value: 'a\\"b' },
    { text: "k='it''s'", start: 3, open: "'", isQuery: false, value: "it" },
    { text: 'k=\\"abc\\" x', start: 4, open: '\\"', isQuery: false, value: "abc" },
    { text: 'k=f"{key}"', start: 4, open: 'f"', isQuery: false, value: "{key}" },
    { text: "k=${DB_PASS}", start: 2, open: "", isQuery: false, value: "${DB_PASS" },
    { text: 'k="unterminated\nnext', start: 3, open: '"', isQuery: false, value: "unterminated" },
    { text: "密码：Hx5Rw9Qk3Lm，请检查", start: 3, open: "", isQuery: false, value: "Hx5Rw9Qk3Lm" },
    { text: "令牌：abc123请检查", start: 3, open: "", isQuery: false, value: "abc123" },
    { text: "令牌：已过期", start: 3, open: "", isQuery: false, value: "" },
  ])("$text", ({ text, start, open, isQuery, value }) => {
    const got = readValue(text, start, open, isQuery);
    expect(text.slice(got.start, got.end)).toBe(value);
  });

  it("never reads more than 4 KiB", () => {
    const text = `k=${"a".repeat(10_000)}`;
    const got = readValue(text, 2, "", false);
    expect(got.end - got.start).toBe(4096);
  });
});

describe("endsLine", () => {
  it.each([
    ["password: x\nnext", 11, true],
    ["password: x   ", 11, true],
    ["password: x", 11, true],
    ["password: x, y", 11, true],
    ["password: x is short", 11, false],
    ["密码: x 请检查", 5, true],
    ["密码：x，请检查", 5, true],
  ] as const)("%j at %d → %s", (text, end, expected) => {
    expect(endsLine(text, end)).toBe(expected);
  });
});
