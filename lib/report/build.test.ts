import { describe, expect, it } from "vitest";
import { classifyError } from "@/lib/classifier";
import { buildRuleReport } from "@/lib/report";
import { tidyZh } from "./build";
import { allText, bareClassification, codeOf, reportProblems } from "./test/helpers";

describe("buildRuleReport", () => {
  it("uses the user's context as evidence", () => {
    const text = "Error code: 401 - {'error': {'message': 'Invalid token'}}";
    const without = buildRuleReport({ text, classification: classifyError(text), language: "zh" });
    const withContext = buildRuleReport({ text, context: "我用的是 new-api 中转站 https://api.my-relay.example/v1", classification: classifyError(text), language: "zh" });
    expect(allText(without)).not.toContain("令牌管理");
    expect(allText(withContext)).toContain("令牌管理");
    expect(codeOf(withContext)).toContain("https://api.my-relay.example/v1");
  });

  it("never reconstructs or prints redacted secrets in code", () => {
    const text = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-…f3Xa. You can find your API key at https://platform.openai.com/account/api-keys.', 'code': 'invalid_api_key'}} Authorization: Bearer [REDACTED]";
    for (const language of ["zh", "en"] as const) {
      const r = buildRuleReport({ text, classification: classifyError(text), language });
      expect(codeOf(r)).not.toContain("f3Xa");
      expect(codeOf(r)).not.toContain("[REDACTED]");
      expect(codeOf(r)).toContain("OPENAI_API_KEY");
    }
  });

  it("handles an empty paste", () => {
    const r = buildRuleReport({ text: "", classification: bareClassification("unknown"), language: "en" });
    expect(r.translation).toBeNull();
    expect(reportProblems(r)).toEqual([]);
    expect(r.markdown).toContain("No error line to translate was found.");
  });

  it("stays fast on a paste at the size limit", () => {
    const frame = '  File "/srv/app/module.py", line 120, in handler\n    result = compute(payload)\n';
    const text = `Traceback (most recent call last):\n${frame.repeat(3200)}KeyError: 'choices'`;
    expect(text.length).toBeGreaterThan(250_000);
    const classification = classifyError(text);
    const started = performance.now();
    const r = buildRuleReport({ text, classification, language: "zh" });
    expect(performance.now() - started).toBeLessThan(500);
    expect(allText(r)).toContain("choices");
  });

  it("the same paste gives the same report (pure)", () => {
    const text = "Error: listen EADDRINUSE: address already in use :::3000";
    const a = buildRuleReport({ text, classification: classifyError(text), language: "en" });
    const b = buildRuleReport({ text, classification: classifyError(text), language: "en" });
    expect(a).toEqual(b);
    expect(codeOf(a)).toContain("lsof -i :3000");
    expect(codeOf(a)).toContain("netstat -ano | findstr :3000");
  });
});

describe("tidyZh", () => {
  it("spaces Han and Latin, not full-width brackets", () => {
    expect(tidyZh("安装opencv-python后重试")).toBe("安装 opencv-python 后重试");
    expect(tidyZh("Google Gemini（x.com） 返回")).toBe("Google Gemini（x.com）返回");
    expect(tidyZh("服务端 收到")).toBe("服务端收到");
    expect(tidyZh("改成`-p 新端口:容器端口`即可")).toBe("改成 `-p 新端口:容器端口` 即可");
  });
});
