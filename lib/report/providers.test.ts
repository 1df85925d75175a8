import { describe, expect, it } from "vitest";
import { classifyError } from "@/lib/classifier";
import { buildRuleReport, categoryLabel, providerLabel } from "@/lib/report";
import { categories } from "@/lib/classifier/schema";
import { resolveApiTarget, showUrl } from "./providers";
import { allText, bareClassification, codeOf } from "./test/helpers";

function report(text: string, language: "zh" | "en" = "en") {
  return buildRuleReport({ text, classification: classifyError(text), language });
}

describe("provider specifics in auth reports", () => {
  it.each([
    ["openai", "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-…f3Xa. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}", "https://platform.openai.com/api-keys", ["Authorization: Bearer $OPENAI_API_KEY", 'os.environ["OPENAI_API_KEY"]']],
    ["anthropic", "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}", "https://console.anthropic.com/settings/keys", ["x-api-key: $ANTHROPIC_API_KEY", "anthropic-version: 2023-06-01"]],
    ["gemini", "google.api_core.exceptions.InvalidArgument: 400 API key not valid. Please pass a valid API key. [reason: \"API_KEY_INVALID\" domain: \"googleapis.com\" metadata { key: \"service\" value: \"generativelanguage.googleapis.com\" }]", "https://aistudio.google.com/app/apikey", ["x-goog-api-key: $GEMINI_API_KEY"]],
    ["azure", "openai.AuthenticationError: Error code: 401 - {'statusCode': 401, 'message': 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.'} https://myres.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", "portal.azure.com", ["api-key: $AZURE_OPENAI_API_KEY", "https://myres.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"]],
    ["deepseek", "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****abcd is invalid', 'type': 'authentication_error'}} POST https://api.deepseek.com/chat/completions", "https://platform.deepseek.com/api_keys", ["Authorization: Bearer $DEEPSEEK_API_KEY", "https://api.deepseek.com/chat/completions"]],
  ])("%s: key page and auth header", (provider, text, keyPage, codeBits) => {
    const c = classifyError(text);
    expect(c.provider).toBe(provider);
    expect(c.category).toBe("auth.invalid_credentials");
    const r = report(text);
    expect(allText(r)).toContain(keyPage);
    for (const bit of codeBits) expect(codeOf(r)).toContain(bit);
    expect(codeOf(r)).not.toMatch(/sk-[A-Za-z0-9]{6,}/);
  });
});

describe("relay gateways get relay causes", () => {
  it("a relay 401 talks about the token in the gateway console", () => {
    const r = report("openai.AuthenticationError: Error code: 401 - {'error': {'message': '该令牌已过期 (request id: 20250611163933932579227VkHShZ5f)', 'type': 'new_api_error'}}", "zh");
    expect(allText(r)).toContain("令牌管理");
    expect(allText(r)).toContain("过期");
  });

  it("no available channel talks about groups and channels", () => {
    const r = report("503 {\"error\":{\"message\":\"当前分组 vip 下对于模型 claude-3-5-sonnet 无可用渠道 (request id: 2025121521151664761470129816750)\",\"type\":\"one_api_error\"}}", "zh");
    const text = allText(r);
    expect(text).toContain("分组");
    expect(text).toContain("渠道");
    expect(text).toContain("claude-3-5-sonnet");
    expect(text).toContain("`vip`");
    expect(r.translation?.translated).toContain("可用渠道");
    const en = report("503 {\"error\":{\"message\":\"当前分组 vip 下对于模型 claude-3-5-sonnet 无可用渠道\",\"type\":\"one_api_error\"}}", "en");
    expect(en.translation?.translated).toBe("No available channel for model claude-3-5-sonnet under group vip");
  });

  it("an exhausted token quota is about the token, not the account", () => {
    const r = report("{'error': {'code': '', 'message': '[sk-zoj***Vj8] 该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota = 0 (request id: 20260204141921598578922733f4JzK)', 'type': 'new_api_error'}}", "en");
    expect(allText(r)).toMatch(/unlimited quota/i);
  });
});

describe("API targets", () => {
  it("uses the pasted URL, and the provider default when there is none", () => {
    expect(showUrl(resolveApiTarget({ provider: "dmxapi", url: "https://www.dmxapi.cn/v1/chat/completions", host: "www.dmxapi.cn", model: null, isRelay: true }).endpoint)).toBe("https://www.dmxapi.cn/v1/chat/completions");
    expect(showUrl(resolveApiTarget({ provider: "openai", url: null, host: null, model: null, isRelay: false }).endpoint)).toBe("https://api.openai.com/v1/chat/completions");
    expect(showUrl(resolveApiTarget({ provider: "anthropic", url: null, host: null, model: null, isRelay: false }).endpoint)).toBe("https://api.anthropic.com/v1/messages");
    expect(showUrl(resolveApiTarget({ provider: "gemini", url: null, host: null, model: "gemini-2.5-pro", isRelay: false }).endpoint)).toBe("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent");
    expect(showUrl(resolveApiTarget({ provider: "new-api", url: null, host: null, model: null, isRelay: true }).endpoint)).toBe("$OPENAI_BASE_URL/chat/completions");
    expect(showUrl(resolveApiTarget({ provider: "new-api", url: "https://api.ra******.top/v1", host: "api.ra******.top", model: null, isRelay: true }).endpoint)).toBe("$OPENAI_BASE_URL/chat/completions");
  });

  it("all-null facts fall back to OpenAI-compatible Python + curl", () => {
    const r = buildRuleReport({ text: "401 Unauthorized", classification: bareClassification("auth.invalid_credentials"), language: "en" });
    const langs = r.solutions.map((s) => s.code?.language);
    expect(langs).toContain("bash");
    expect(langs).toContain("python");
    expect(codeOf(r)).toContain("OPENAI_API_KEY");
  });
});

describe("code follows the ecosystem", () => {
  it.each([
    ["node", "Error: 429 Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.\n    at APIError.generate (/app/node_modules/openai/error.js:66:20)", "javascript"],
    ["go", "2024/05/01 12:00:00 POST \"https://api.openai.com/v1/chat/completions\": 429 Too Many Requests: Rate limit reached for gpt-4o\nmain.go:42", "go"],
    ["java", "Exception in thread \"main\" com.theokanning.openai.OpenAiHttpException: Rate limit reached for gpt-4o in organization org-x on tokens per min\n\tat com.theokanning.openai.service.OpenAiService.execute(OpenAiService.java:331)", "java"],
  ])("%s", (_eco, text, language) => {
    const r = report(text);
    expect(r.solutions.map((s) => s.code?.language)).toContain(language);
  });
});

describe("labels", () => {
  it("every category has a short label in both languages", () => {
    for (const c of categories) {
      expect(categoryLabel(c, "zh")).toMatch(/[\u4e00-\u9fff]/);
      expect(categoryLabel(c, "en")).toMatch(/^[A-Z]/);
    }
    expect(categoryLabel("auth.invalid_credentials", "zh")).toBe("认证失败：令牌无效");
    expect(categoryLabel("auth.invalid_credentials", "en")).toBe("Invalid credentials");
  });

  it("names providers", () => {
    expect(providerLabel("openai")).toBe("OpenAI");
    expect(providerLabel("new-api")).toBe("New API");
    expect(providerLabel("dmxapi")).toBe("DMXAPI");
    expect(providerLabel("some-api")).toBe("some-api");
    expect(providerLabel(null)).toBe("");
  });
});
