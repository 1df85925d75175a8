import { describe, expect, it } from "vitest";
import { classifyError } from "@/lib/classifier";
import { buildRuleReport } from "@/lib/report";
import { allText, codeOf, reportProblems } from "./test/helpers";

import { readShared } from "@/scripts/lib/shared";

const seed = (name: string): string => {
  const text = readShared("seeds", name);
  if (text === null) throw new Error(`../shared/seeds/${name} not found beside the repository`);
  return text;
};

/** The error as the seed page shows it under 🚨 错误信息. */
function errorOf(page: string): string {
  const m = /🚨 错误信息\s*\n+([^\n]+)/.exec(page);
  return m ? m[1]!.trim() : page.split("\n")[0]!;
}

const seeds = {
  s000: "000_981c3a3b2feb39f1.txt",
  s001: "001_994e7f72fc804eba.txt",
  s002: "002_d2f700ecd43c357b.txt",
  s003: "003_176134e6d998cb75.txt",
};

function report(text: string, language: "zh" | "en") {
  return buildRuleReport({ text, classification: classifyError(text), language });
}

describe.each(["zh", "en"] as const)("seeds in %s", (language) => {
  it("000: 403 from www.dmxapi.cn — code calls exactly that URL with the key from the environment", () => {
    const text = errorOf(seed(seeds.s000));
    expect(text).toBe("403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions");
    const r = report(text, language);
    expect(reportProblems(r, text)).toEqual([]);
    const code = codeOf(r);
    expect(code).toContain('"https://www.dmxapi.cn/v1/chat/completions"');
    expect(code).toMatch(/os\.environ\["DMXAPI_API_KEY"\]/);
    expect(code).toMatch(/Authorization: Bearer \$DMXAPI_API_KEY/);
    expect(code).not.toMatch(/sk-[A-Za-z0-9]{6,}|YOUR_(?:VALID_)?API_KEY/);
    expect(r.title).toContain("www.dmxapi.cn");
    expect(r.translation?.original).toBe(text);
    if (language === "zh") expect(r.translation?.translated).toBe("403 客户端错误：禁止访问，URL：https://www.dmxapi.cn/v1/chat/completions");
    // A bare 403 has no body: the first thing to do is to print it.
    expect(r.solutions[0]!.code?.content).toContain("resp.text");
  });

  it("000: the whole seed page (error plus the old AI answer) gives the same facts", () => {
    const page = seed(seeds.s000);
    const r = report(page, language);
    expect(reportProblems(r, page)).toEqual([]);
    expect(codeOf(r)).toContain("https://www.dmxapi.cn/v1/chat/completions");
    expect(r.translation?.original).toContain("403");
  });

  it("001: a 403 article page still gets a valid report about a 403", () => {
    const page = seed(seeds.s001);
    const r = report(page, language);
    expect(reportProblems(r, page)).toEqual([]);
    expect(allText(r)).toContain("403");
  });

  it("002: rix_api_error Invalid Token — quotes the request id with the support advice", () => {
    const text = errorOf(seed(seeds.s002));
    const r = report(text, language);
    expect(reportProblems(r, text)).toEqual([]);
    const all = allText(r);
    expect(all).toContain("20251231141907730597702a9EzKd3G");
    expect(all).toContain(language === "zh" ? "把这个请求 ID 提供给服务商客服/技术支持" : "give this id to the provider's support");
    expect(all).toContain("rix_api_error");
    expect(r.title).toContain("DMXAPI");
    // Relay-specific: the token lives in the gateway's console, and the SDK must point at the gateway.
    expect(all).toMatch(language === "zh" ? /令牌管理/ : /Tokens/);
    expect(codeOf(r)).toContain('base_url="https://www.dmxapi.cn/v1"');
    if (language === "zh") expect(r.translation?.translated).toBe("无效的令牌 (请求 ID：20251231141907730597702a9EzKd3G)");
  });

  it("003: new_api_error 无效的令牌 — quotes the request id with the support advice", () => {
    const text = errorOf(seed(seeds.s003));
    const r = report(text, language);
    expect(reportProblems(r, text)).toEqual([]);
    const all = allText(r);
    expect(all).toContain("20260219100814161456584b503l5fK");
    expect(all).toContain(language === "zh" ? "把这个请求 ID 提供给服务商客服/技术支持" : "give this id to the provider's support");
    expect(all).toContain("new_api_error");
    expect(r.translation?.original).toBe("无效的令牌 (request id: 20260219100814161456584b503l5fK)");
    if (language === "en") expect(r.translation?.translated).toBe("Invalid token (request id: 20260219100814161456584b503l5fK)");
    // The gateway's address is unknown: code reads it from the environment instead of inventing one.
    expect(codeOf(r)).toMatch(/os\.environ\["OPENAI_BASE_URL"\]|\$\{?OPENAI_BASE_URL/);
    expect(codeOf(r)).not.toContain("api.example.com");
  });
});
