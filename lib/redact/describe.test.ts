import { describe, expect, it } from "vitest";
import { describeRedactions } from "./describe";
import { secretKinds } from "./schema";

describe("describeRedactions", () => {
  it.each([
    { findings: [], en: "", zh: "" },
    { findings: [{ kind: "openai_key", count: 1 }], en: "1 API key", zh: "1 个 API 密钥" },
    {
      findings: [
        { kind: "openai_key", count: 1 },
        { kind: "aws_secret", count: 1 },
        { kind: "password", count: 1 },
      ],
      en: "2 API keys and 1 password",
      zh: "2 个 API 密钥和 1 个密码",
    },
    {
      findings: [
        { kind: "home_path", count: 3 },
        { kind: "jwt", count: 1 },
        { kind: "url_password", count: 2 },
        { kind: "cookie", count: 1 },
      ],
      en: "1 access token, 2 passwords, 1 cookie and 3 home directory paths",
      zh: "1 个访问令牌、2 个密码、1 个 Cookie 和 3 个用户主目录路径",
    },
    {
      findings: [
        { kind: "private_key", count: 2 },
        { kind: "secret", count: 1 },
      ],
      en: "1 secret and 2 private keys",
      zh: "1 个机密值和 2 个私钥",
    },
    { findings: [{ kind: "a_kind_from_a_newer_version", count: 2 }], en: "2 other secrets", zh: "2 个其他敏感信息" },
    { findings: [{ kind: "password", count: 0 }], en: "", zh: "" },
  ])("$en", ({ findings, en, zh }) => {
    expect(describeRedactions(findings, "en")).toBe(en);
    expect(describeRedactions(findings, "zh")).toBe(zh);
  });

  it.each(secretKinds)("names %s without falling back to 'other'", (kind) => {
    expect(describeRedactions([{ kind, count: 1 }], "en")).not.toContain("other");
    expect(describeRedactions([{ kind, count: 1 }], "zh")).not.toContain("其他");
  });
});
