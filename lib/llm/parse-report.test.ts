import { describe, expect, it } from "vitest";
import { cannedReport } from "@/e2e/fake-llm/server";
import { reportSchema, type Report } from "@/lib/report/schema";
import { seededRandom } from "@/lib/seeded-random";
import { parseLlmMarkdown, type ParseOptions, type ParseResult } from "./parse-report";

const zhOptions: ParseOptions = { language: "zh", source: "llm", fallbackTitle: "AuthenticationError: 401" };
const enOptions: ParseOptions = { language: "en", source: "llm", fallbackTitle: "AuthenticationError: 401" };

const ruleReport: Omit<Report, "markdown"> = {
  source: "rules",
  language: "zh", basis: "category", knownError: null,
  title: "API 令牌无效",
  translation: { original: "Invalid Token", translated: "无效的令牌" },
  causes: { summary: "规则：令牌无效。", items: ["规则原因"] },
  solutions: [{ title: "规则方案", steps: ["规则步骤"] }],
  prevention: ["规则预防"],
  tools: ["规则工具"],
};

function reportOf(result: ParseResult): Report {
  if (!result.ok) throw new Error(`expected a report, got ${result.reason}`);
  expect(reportSchema.safeParse(result.report).success).toBe(true);
  return result.report;
}

describe("parseLlmMarkdown: well-formed answers", () => {
  it("reads every section of a Chinese report", () => {
    const markdown = cannedReport("zh", "AuthenticationError: Error code: 401 - 无效的令牌");
    const report = reportOf(parseLlmMarkdown(markdown, zhOptions));
    expect(report).toMatchObject({
      source: "llm",
      language: "zh",
      title: "API 令牌无效",
      translation: { original: "AuthenticationError: Error code: 401 - 无效的令牌", translated: "认证错误：提供的 API 令牌无效或已过期（HTTP 401）" },
      causes: { summary: "这是一个 API 身份验证失败错误，服务器无法验证请求中携带的令牌。" },
    });
    expect(report.causes.items).toHaveLength(3);
    expect(report.causes.items[0]).toBe("**令牌无效或已过期**：使用了错误的 API 密钥，或密钥已被删除");
    expect(report.solutions.map((s) => s.title)).toEqual(["从环境变量读取有效的 API 密钥", "用 curl 验证密钥"]);
    expect(report.solutions[0]!.code?.language).toBe("python");
    expect(report.solutions[0]!.code?.content).toContain('os.environ["OPENAI_API_KEY"]');
    expect(report.solutions[0]!.steps).toEqual(["在服务商控制台重新生成密钥", "写入 `.env` 文件，不要硬编码在代码里"]);
    expect(report.solutions[1]!.code?.language).toBe("bash");
    expect(report.prevention).toHaveLength(3);
    expect(report.tools).toHaveLength(3);
    expect(report.markdown).toBe(markdown.trim());
  });

  it("reads every section of an English report", () => {
    const markdown = cannedReport("en", "TypeError: Cannot read properties of undefined");
    const report = reportOf(parseLlmMarkdown(markdown, enOptions));
    expect(report.title).toBe("invalid API token");
    expect(report.translation?.original).toBe("TypeError: Cannot read properties of undefined");
    expect(report.translation?.translated).toMatch(/^Authentication failed/);
    expect(report.causes.items).toHaveLength(3);
    expect(report.solutions.map((s) => s.title)).toEqual(["Read a valid key from the environment", "Check the key with curl"]);
    expect(report.prevention).toHaveLength(3);
    expect(report.tools[0]).toBe("**Postman / Insomnia**: test endpoints and tokens");
  });

  it("marks the source as given (cache)", () => {
    const report = reportOf(parseLlmMarkdown(cannedReport("en", "x"), { ...enOptions, source: "cache" }));
    expect(report.source).toBe("cache");
  });
});

const sections = (h: { t: string; c: string; s: string; p: string; tools: string }) => `# 标题

${h.t}
原文：Invalid Token
译文：无效的令牌

${h.c}
令牌不对。
- 原因甲

${h.s}
### 方案一：换令牌
- 步骤一

${h.p}
- 预防甲

${h.tools}
- 工具甲
`;

describe("parseLlmMarkdown: heading variants", () => {
  const variants: Array<[string, { t: string; c: string; s: string; p: string; tools: string }]> = [
    ["no space after ##", { t: "##错误翻译", c: "##原因分析", s: "##解决方案", p: "##预防措施", tools: "##推荐工具" }],
    ["bold lines", { t: "**错误翻译**", c: "**原因分析**", s: "**解决方案**", p: "**预防措施**", tools: "**推荐工具**" }],
    ["numbered lines", { t: "1. 错误翻译", c: "2. 原因分析", s: "3. 解决方案", p: "4. 预防措施", tools: "5. 推荐工具" }],
    ["emoji prefixes", { t: "## 🌐 错误翻译", c: "🔍 原因分析", s: "## 🛠️ 解决方案", p: "️ 预防措施", tools: "🧰 推荐工具" }],
    ["English headings in a zh report", { t: "## Translation", c: "### Cause Analysis", s: "### Solutions", p: "## Prevention", tools: "## Recommended Tools" }],
    ["numbered ATX with colons", { t: "## 一、错误翻译：", c: "## 二、原因分析：", s: "## 三、解决方案：", p: "## 四、预防措施：", tools: "## 五、推荐工具：" }],
    ["bare lines with colons", { t: "错误翻译", c: "原因分析：", s: "解决方案:", p: "预防措施", tools: "推荐工具:" }],
    ["synonyms", { t: "## 报错翻译", c: "## 可能原因", s: "## 解决方法", p: "## 最佳实践", tools: "## 相关工具" }],
    ["parenthesised suffixes", { t: "## 错误翻译 (Translation)", c: "## 原因分析（Cause analysis）", s: "## 解决方案 - 按可能性排序", p: "## 预防措施", tools: "## 推荐工具" }],
  ];
  for (const [name, headings] of variants) {
    it(`understands ${name}`, () => {
      const report = reportOf(parseLlmMarkdown(sections(headings), zhOptions));
      expect(report.translation).toEqual({ original: "Invalid Token", translated: "无效的令牌" });
      expect(report.causes).toEqual({ summary: "令牌不对。", items: ["原因甲"] });
      expect(report.solutions).toEqual([{ title: "换令牌", steps: ["步骤一"] }]);
      expect(report.prevention).toEqual(["预防甲"]);
      expect(report.tools).toEqual(["工具甲"]);
    });
  }
});

describe("parseLlmMarkdown: translation lines", () => {
  const cases: Array<[string, string]> = [
    ["plain colon", "Original: Invalid Token\nTranslation: The token is not valid"],
    ["bold labels", "**Original:** Invalid Token\n**Translation:** The token is not valid"],
    ["bold label, colon outside", "**Original**: Invalid Token\n**Translation**: The token is not valid"],
    ["list items", "- Original: Invalid Token\n- Translation: The token is not valid"],
    ["quotes", "> Original: Invalid Token\n> Translation: The token is not valid"],
    ["values on the next line", "Original:\n```\nInvalid Token\n```\nTranslation:\nThe token is not valid"],
    ["inline code value", "Original: `Invalid Token`\nTranslation: The token is not valid"],
  ];
  for (const [name, body] of cases) {
    it(`reads ${name}`, () => {
      const report = reportOf(parseLlmMarkdown(`# T\n\n## Translation\n\n${body}\n\n## Cause analysis\n\nBad token.`, enOptions));
      expect(report.translation).toEqual({ original: "Invalid Token", translated: "The token is not valid" });
    });
  }

  it("reads full-width colons and Chinese labels", () => {
    const report = reportOf(parseLlmMarkdown("## 错误翻译\n**原文**：Forbidden\n**译文**：禁止访问", zhOptions));
    expect(report.translation).toEqual({ original: "Forbidden", translated: "禁止访问" });
  });

  it("finds the labels even when the model forgot the heading", () => {
    const report = reportOf(parseLlmMarkdown("# T\n\n原文：Forbidden\n译文：禁止访问\n\n## 原因分析\n没有权限。", zhOptions));
    expect(report.translation).toEqual({ original: "Forbidden", translated: "禁止访问" });
  });

  it("falls back to the rule report's translation when a half is missing", () => {
    const report = reportOf(parseLlmMarkdown("## 错误翻译\n译文：禁止访问\n\n## 原因分析\n没有权限。", { ...zhOptions, ruleReport }));
    expect(report.translation).toEqual(ruleReport.translation);
  });
});

describe("parseLlmMarkdown: lists", () => {
  it.each([
    ["-", "- one\n- two\n- three"],
    ["*", "* one\n* two\n* three"],
    ["•", "• one\n• two\n• three"],
    ["1.", "1. one\n2. two\n3. three"],
    ["1)", "1) one\n2) two\n3) three"],
    ["indented", "  • one\n  • two\n  • three"],
  ])("reads %s bullets", (_name, list) => {
    const report = reportOf(parseLlmMarkdown(`## Cause analysis\nSummary.\n${list}\n\n## Prevention\n${list}`, enOptions));
    expect(report.causes.items).toEqual(["one", "two", "three"]);
    expect(report.prevention).toEqual(["one", "two", "three"]);
  });

  it("folds nested items and continuation lines into their parent", () => {
    const md = "## 预防措施\n- 密钥管理\n  - 使用环境变量\n  - 定期轮换\n- 错误处理：捕获 401\n  并提示用户";
    const report = reportOf(parseLlmMarkdown(md, zhOptions));
    expect(report.prevention).toEqual(["密钥管理：使用环境变量；定期轮换", "错误处理：捕获 401 并提示用户"]);
  });

  it("uses paragraphs when a section has no list", () => {
    const report = reportOf(parseLlmMarkdown("## Prevention\nKeep keys in env vars.\n\nRotate them.", enOptions));
    expect(report.prevention).toEqual(["Keep keys in env vars.", "Rotate them."]);
  });

  it("uses the first list item as the summary when causes has no paragraph and there is no rule report", () => {
    const report = reportOf(parseLlmMarkdown("## 原因分析\n- 令牌过期\n- 令牌被删", zhOptions));
    expect(report.causes).toEqual({ summary: "令牌过期", items: ["令牌过期", "令牌被删"] });
  });
});

describe("parseLlmMarkdown: solutions", () => {
  it("splits at bold '方案N' lines and keeps the first code block of each", () => {
    const md = [
      "## 解决方案",
      "**方案1：检查令牌**",
      "确认令牌未过期。",
      "```python",
      "import os",
      "key = os.environ['OPENAI_API_KEY']",
      "```",
      "```bash",
      "echo second block",
      "```",
      "**方案2：重新生成**",
      "1. 登录控制台",
      "2. 生成新令牌",
    ].join("\n");
    const report = reportOf(parseLlmMarkdown(md, zhOptions));
    expect(report.solutions).toEqual([
      { title: "检查令牌", steps: ["确认令牌未过期。"], code: { language: "python", content: "import os\nkey = os.environ['OPENAI_API_KEY']" } },
      { title: "重新生成", steps: ["登录控制台", "生成新令牌"] },
    ]);
  });

  it("splits at '#### Solution N' headings even at a deeper level than the section", () => {
    const md = "## Solutions\nIntro.\n#### Solution 1: Fix the URL\nAdd /v1.\n#### Solution 2 - Check the model\nList models.\n##### Details\nMore.";
    const report = reportOf(parseLlmMarkdown(md, enOptions));
    expect(report.solutions.map((s) => s.title)).toEqual(["Fix the URL", "Check the model"]);
    expect(report.solutions[1]!.steps).toEqual(["List models.", "More."]);
  });

  it("keeps one solution when there are no sub-headings", () => {
    const md = "## Solutions\n1. Set OPENAI_API_KEY\n2. Restart\n```bash\nexport OPENAI_API_KEY=...\n```";
    const report = reportOf(parseLlmMarkdown(md, enOptions));
    expect(report.solutions).toEqual([
      { title: "Solution", steps: ["Set OPENAI_API_KEY", "Restart"], code: { language: "bash", content: "export OPENAI_API_KEY=..." } },
    ]);
  });

  it("gives a fence without a language the language `text`", () => {
    const report = reportOf(parseLlmMarkdown("## Solutions\n### Solution 1: Run it\n```\nnpm ci\n```", enOptions));
    expect(report.solutions[0]!.code).toEqual({ language: "text", content: "npm ci" });
  });

  it("collects '### 方案一' headings under solutions when the model forgot '## 解决方案'", () => {
    const md = "## 原因分析\n令牌不对。\n### 方案一：换令牌\n- 重新生成\n### 方案二：换站点\n- 检查 base_url\n## 预防措施\n- 用环境变量";
    const report = reportOf(parseLlmMarkdown(md, zhOptions));
    expect(report.causes).toEqual({ summary: "令牌不对。", items: [] });
    expect(report.solutions.map((s) => s.title)).toEqual(["换令牌", "换站点"]);
    expect(report.prevention).toEqual(["用环境变量"]);
  });
});

describe("parseLlmMarkdown: structure around the sections", () => {
  it("ignores headings inside code fences", () => {
    const md = "## Solutions\n### Solution 1: Use a comment\n```python\n# Prevention\n## Recommended tools\nprint('hi')\n```\n## Prevention\n- Real advice";
    const report = reportOf(parseLlmMarkdown(md, enOptions));
    expect(report.solutions[0]!.code?.content).toBe("# Prevention\n## Recommended tools\nprint('hi')");
    expect(report.prevention).toEqual(["Real advice"]);
    expect(report.tools).toEqual([]);
  });

  it("does not let a closing section or remark leak into the tools", () => {
    const md = "## 推荐工具\n- Postman\n\n---\n如需进一步分析，请提供完整堆栈。\n\n## 总结\n- 总结条目";
    const report = reportOf(parseLlmMarkdown(md, zhOptions));
    expect(report.tools).toEqual(["Postman"]);
  });

  it("takes the title from the first '# ' heading, without the assistant's name", () => {
    expect(reportOf(parseLlmMarkdown("# 代码糕手 - 报错分析报告：令牌无效\n## 原因分析\nx", zhOptions)).title).toBe("令牌无效");
    expect(reportOf(parseLlmMarkdown("# **Invalid `API` key**\n## Cause analysis\nx", enOptions)).title).toBe("Invalid API key");
  });

  it("uses fallbackTitle when the title is missing or generic", () => {
    expect(reportOf(parseLlmMarkdown("## 原因分析\nx", zhOptions)).title).toBe(zhOptions.fallbackTitle);
    expect(reportOf(parseLlmMarkdown("# 代码糕手 - 报错分析报告\n## 原因分析\nx", zhOptions)).title).toBe(zhOptions.fallbackTitle);
    expect(reportOf(parseLlmMarkdown("# Error analysis report\n## Cause analysis\nx", enOptions)).title).toBe(enOptions.fallbackTitle);
  });

  it("strips a <think> block and an outer ```markdown fence", () => {
    const inner = "# Bad key\n\n## Cause analysis\nThe key is wrong.";
    const md = `<think>\nThe user wants... ## Solutions\n</think>\n\`\`\`markdown\n${inner}\n\`\`\``;
    const report = reportOf(parseLlmMarkdown(md, enOptions));
    expect(report.title).toBe("Bad key");
    expect(report.causes.summary).toBe("The key is wrong.");
    expect(report.solutions).toEqual([]);
    expect(report.markdown).toBe(inner);
  });

  it("accepts Windows line endings", () => {
    const report = reportOf(parseLlmMarkdown(cannedReport("en", "x").replace(/\n/g, "\r\n"), enOptions));
    expect(report.solutions).toHaveLength(2);
    expect(report.markdown).not.toContain("\r");
  });
});

describe("parseLlmMarkdown: missing sections", () => {
  it("fills what is missing from the rule report and keeps the whole answer in markdown", () => {
    const md = "# 令牌无效\n\n## 原因分析\n中转站拒绝了令牌。\n\n一段没有标题的文字也要保留。";
    const report = reportOf(parseLlmMarkdown(md, { ...zhOptions, ruleReport }));
    expect(report.causes.summary).toBe("中转站拒绝了令牌。");
    expect(report.translation).toEqual(ruleReport.translation);
    expect(report.solutions).toEqual(ruleReport.solutions);
    expect(report.prevention).toEqual(ruleReport.prevention);
    expect(report.tools).toEqual(ruleReport.tools);
    expect(report.markdown).toBe(md);
  });

  it("falls back to empty content without a rule report", () => {
    const report = reportOf(parseLlmMarkdown("# Title\n\n## Cause analysis\nWhy.", enOptions));
    expect(report).toMatchObject({ translation: null, solutions: [], prevention: [], tools: [] });
  });

  it("keeps free prose without any heading as the cause summary", () => {
    const md = "The API key you used was revoked. Create a new one in the console.\n\n- Check the key\n- Check the URL";
    const report = reportOf(parseLlmMarkdown(md, enOptions));
    expect(report.causes).toEqual({ summary: "The API key you used was revoked. Create a new one in the console.", items: ["Check the key", "Check the URL"] });
    expect(report.markdown).toBe(md);
  });

  it("prefers the rule report over unstructured prose", () => {
    const report = reportOf(parseLlmMarkdown("Just some prose.", { ...zhOptions, ruleReport }));
    expect(report.causes).toEqual(ruleReport.causes);
    expect(report.markdown).toBe("Just some prose.");
  });
});

describe("parseLlmMarkdown: unusable input", () => {
  it.each([
    ["empty", ""],
    ["spaces", "   \n\t\n  "],
    ["an empty think block", "<think>hmm</think>\n"],
  ])("rejects %s as empty", (_name, input) => {
    expect(parseLlmMarkdown(input, enOptions)).toMatchObject({ ok: false, reason: "empty" });
  });

  it.each([
    ["a full page", "<!DOCTYPE html>\n<html><head><title>New API</title></head><body><div id=root></div></body></html>"],
    ["a bare html tag", "<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>"],
    ["a body fragment", "  <body><p>Please sign in</p></body>"],
  ])("rejects %s as html", (_name, input) => {
    const result = parseLlmMarkdown(input, enOptions);
    expect(result).toMatchObject({ ok: false, reason: "html" });
    if (!result.ok) expect(result.message).toMatch(/HTML/);
  });

  it("does not take Markdown that mentions HTML for a page", () => {
    const report = reportOf(parseLlmMarkdown("## Cause analysis\nThe relay returned `<html>` instead of JSON.", enOptions));
    expect(report.causes.summary).toContain("<html>");
  });

  it("never throws on non-string input", () => {
    expect(parseLlmMarkdown(undefined as unknown as string, enOptions)).toMatchObject({ ok: false });
  });
});


const pieces = [
  "#", "##", "###", " ", "\n", "\n\n", "\r\n", "*", "**", "_", "-", "•", "1.", "2)", "`", "```", "````", "~~~", ">", ":", "：",
  "错误翻译", "原因分析", "解决方案", "预防措施", "推荐工具", "方案一：", "Solution 1:", "Translation", "Original:", "译文：", "原文：",
  "Cause analysis", "Solutions", "Prevention", "Recommended tools", "<think>", "</think>", "<html>", "</html>", "<", "🔍", "️",
  "python", "text", "|", "---", "\t", "\u0000", "\uFEFF", "\uD83D", "a", "Z", "中", "x".repeat(50),
];

describe("parseLlmMarkdown: fuzz", () => {
  it("never throws and always returns a schema-valid report or a reason, on random Markdown-ish garbage", () => {
    const random = seededRandom(20260223);
    for (let round = 0; round < 1500; round++) {
      const length = Math.floor(random() * 120);
      let input = "";
      for (let i = 0; i < length; i++) input += pieces[Math.floor(random() * pieces.length)]!;
      const options = random() < 0.5 ? zhOptions : { ...enOptions, ruleReport: random() < 0.5 ? ruleReport : null };
      let result: ParseResult;
      try {
        result = parseLlmMarkdown(input, options);
      } catch (error) {
        throw new Error(`threw on round ${round}: ${JSON.stringify(input)}: ${String(error)}`);
      }
      if (result.ok) {
        expect(reportSchema.safeParse(result.report).success).toBe(true);
        expect(result.report.markdown.length).toBeGreaterThan(0);
      } else {
        expect(["empty", "html", "invalid"]).toContain(result.reason);
      }
    }
  });

  it("never throws on random code points", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const chars: string[] = [];
      const length = Math.floor(random() * 400);
      for (let i = 0; i < length; i++) chars.push(String.fromCharCode(Math.floor(random() * 0x10000)));
      expect(() => parseLlmMarkdown(chars.join(""), enOptions)).not.toThrow();
    }
  });

  it.each([
    ["hashes", "#".repeat(200_000)],
    ["asterisks", "*".repeat(200_000)],
    ["a long heading-like line", `## ${"原因分析 ".repeat(40_000)}`],
    ["many bullets", "- a\n".repeat(50_000)],
    ["nested bullets", Array.from({ length: 20_000 }, (_, i) => `${" ".repeat(i % 40)}- x`).join("\n")],
    ["unclosed fences", "```\n".repeat(50_000)],
    ["colons", `**原因分析**${"：".repeat(200_000)}`],
    ["many headings", "## 解决方案\n### 方案1：x\n".repeat(20_000)],
    ["many think tags", "<think>".repeat(50_000)],
    ["spaces then text", `${" ".repeat(200_000)}x`],
  ])("handles 200 kB of %s quickly", (_name, input) => {
    const started = performance.now();
    const result = parseLlmMarkdown(input, zhOptions);
    expect(performance.now() - started).toBeLessThan(2000);
    if (result.ok) expect(result.report.markdown).toBe(input.trim());
  });
});
