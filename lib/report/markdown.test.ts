import { describe, expect, it } from "vitest";
import { classifyError } from "@/lib/classifier";
import { buildRuleReport, renderReportMarkdown } from "@/lib/report";
import { plainTitle } from "./markdown";
import type { Report } from "./schema";

const sample: Omit<Report, "markdown"> = {
  source: "llm", basis: "category", knownError: null,
  language: "en",
  title: "Invalid credentials",
  translation: { original: "无效的令牌 (request id: 123)", translated: "Invalid token (request id: 123)" },
  causes: { summary: "The gateway does not know the token.", items: ["The token was deleted.", "The key has a trailing newline."] },
  solutions: [
    { title: "Check the token", steps: ["Open the console.", "Copy the token again."], code: { language: "bash", content: "echo 'a ``` fence inside'\ncurl -sS https://x.example/v1/models" } },
    { title: "Ask support", steps: ["Send the request id."] },
  ],
  prevention: ["Keep keys in the environment."],
  tools: ["curl -v"],
};

describe("renderReportMarkdown", () => {
  it("renders the sections in order with English headings", () => {
    const md = renderReportMarkdown(sample);
    const order = ["# Invalid credentials", "## Translation", "## Cause analysis", "## Solutions", "### Solution 1: Check the token", "### Solution 2: Ask support", "## Prevention", "## Recommended tools"];
    let at = -1;
    for (const h of order) {
      const i = md.indexOf(h);
      expect(i, h).toBeGreaterThan(at);
      at = i;
    }
    expect(md).toContain("1. Open the console.");
    expect(md).toContain("- The token was deleted.");
  });

  it("uses a fence longer than any backtick run in the code, with the language tag", () => {
    const md = renderReportMarkdown(sample);
    expect(md).toContain("````bash\necho 'a ``` fence inside'");
    expect(md).toMatch(/\n````\n/);
  });

  it("quotes the original in a text fence and escapes Markdown in the translation", () => {
    const md = renderReportMarkdown({ ...sample, translation: { original: "<html>Bad *gateway*</html>", translated: "A <b>bad</b> *gateway* page" } });
    expect(md).toContain("```text\n<html>Bad *gateway*</html>\n```");
    expect(md).toContain("> A \\<b\\>bad\\</b\\> \\*gateway\\* page");
  });

  it("labels a same-language restatement as such", () => {
    const md = renderReportMarkdown({ ...sample, translation: { original: "Invalid token", translated: "The token is not accepted." } });
    expect(md).toContain("**In plain words**");
  });

  it("uses the Chinese headings and numbering for zh", () => {
    const md = renderReportMarkdown({ ...sample, language: "zh" });
    for (const h of ["## 错误翻译", "## 原因分析", "## 解决方案", "### 方案一：Check the token", "### 方案二：Ask support", "## 预防措施", "## 推荐工具"]) expect(md).toContain(h);
  });

  it("says there is nothing to translate when the translation is null", () => {
    expect(renderReportMarkdown({ ...sample, translation: null })).toContain("No error line to translate was found.");
  });

  it("is what the builder stores in report.markdown", () => {
    const text = "ModuleNotFoundError: No module named 'cv2'";
    const r = buildRuleReport({ text, classification: classifyError(text), language: "zh" });
    const { markdown, ...rest } = r;
    expect(renderReportMarkdown(rest)).toBe(markdown);
    expect(markdown).toMatch(/```bash\n[\s\S]*pip install opencv-python[\s\S]*\n```/);
  });
});

describe("plainTitle", () => {
  it("drops inline-code backticks for plain-text places (headings, lists, previews)", () => {
    expect(plainTitle("Run the command the message gives: `git push --set-upstream origin feat/x`")).toBe("Run the command the message gives: git push --set-upstream origin feat/x");
    expect(plainTitle("`react` does not export `useState`")).toBe("react does not export useState");
  });
});
