import { describe, expect, it } from "vitest";
import { cjkRatio, hasCjk, spaceHanAndLatin, stripAssistantAnswer } from "./cjk";

describe("text primitives", () => {
  it("detects CJK text", () => {
    expect(hasCjk("无效的令牌")).toBe(true);
    expect(hasCjk("Invalid Token")).toBe(false);
    expect(cjkRatio("无效的令牌")).toBe(1);
    expect(cjkRatio("Invalid Token")).toBe(0);
  });

  it("spaces Han text from Latin letters and digits", () => {
    expect(spaceHanAndLatin("2个API密钥和1个密码")).toBe("2 个 API 密钥和 1 个密码");
  });

  it("keeps only what comes before a copied assistant answer", () => {
    expect(stripAssistantAnswer("403 Forbidden\n\n🤖 AI解决方案\n\n代码糕手 - 专业报错分析助理\nmore")).toBe("403 Forbidden\n\n");
    expect(stripAssistantAnswer("no answer here")).toBe("no answer here");
  });
});
