import { basisText, sourcesLabel } from "./basis";
import type { Report } from "./schema";
import { isInLanguage } from "./translate";

const headings = {
  zh: { translation: "错误翻译", causes: "原因分析", solutions: "解决方案", prevention: "预防措施", tools: "推荐工具", original: "原文", translated: "译文", restated: "释义", none: "没有找到可翻译的错误行。" },
  en: { translation: "Translation", causes: "Cause analysis", solutions: "Solutions", prevention: "Prevention", tools: "Recommended tools", original: "Original", translated: "Translation", restated: "In plain words", none: "No error line to translate was found." },
} as const;

const zhNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function solutionHeading(i: number, title: string, lang: "zh" | "en"): string {
  return lang === "zh" ? `### 方案${zhNumbers[i] ?? String(i + 1)}：${title}` : `### Solution ${i + 1}: ${title}`;
}

/** A fence longer than any backtick run inside the content. */
function fence(content: string, language: string): string {
  let longest = 2;
  for (const m of content.matchAll(/`{3,}/g)) longest = Math.max(longest, m[0].length);
  const f = "`".repeat(longest + 1);
  const tag = language.replace(/[^\w+#.-]/g, "") || "text";
  return `${f}${tag}\n${content}\n${f}`;
}

/** One line of prose for a list item: no line breaks that would end the list. */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, " ").trim();

/** Quote text that came from the paste: HTML stays text, Markdown syntax does not fire. */
function quoteLines(s: string): string {
  return s
    .split("\n")
    .map((l) => `> ${l.replace(/([\\`*_[\]<>#|])/g, "\\$1")}`)
    .join("\n");
}

/**
 * The report as Markdown: title, 错误翻译, 原因分析, 解决方案 (with fenced code), 预防措施, 推荐工具.
 * Shared by the rule-based and the LLM paths, so it uses nothing but the report's own fields.
 */
export function renderReportMarkdown(input: Omit<Report, "markdown" | "basis" | "knownError"> & Partial<Pick<Report, "basis" | "knownError">>): string {
  const report = { ...input, basis: input.basis ?? "category", knownError: input.knownError ?? null };
  const lang = report.language;
  const h = headings[lang];
  const out: string[] = [`# ${oneLine(report.title)}`, ""];
  out.push(`> ${oneLine(basisText(report.basis, report.knownError, lang))}`);
  if (report.knownError?.docs.length) out.push(`> ${sourcesLabel(lang)}: ${report.knownError.docs.map((d) => `<${d}>`).join(" · ")}`);
  out.push("");

  out.push(`## ${h.translation}`, "");
  if (report.translation) {
    const isRestatement = isInLanguage(report.translation.original, lang);
    out.push(`**${h.original}**`, "", fence(report.translation.original, "text"), "");
    out.push(`**${isRestatement ? h.restated : h.translated}**`, "", quoteLines(report.translation.translated), "");
  } else {
    out.push(h.none, "");
  }

  out.push(`## ${h.causes}`, "", oneLine(report.causes.summary), "");
  if (report.causes.items.length > 0) {
    for (const item of report.causes.items) out.push(`- ${oneLine(item)}`);
    out.push("");
  }

  out.push(`## ${h.solutions}`, "");
  report.solutions.forEach((s, i) => {
    out.push(solutionHeading(i, oneLine(s.title), lang), "");
    s.steps.forEach((step, j) => out.push(`${j + 1}. ${oneLine(step)}`));
    if (s.steps.length > 0) out.push("");
    if (s.code) out.push(fence(s.code.content, s.code.language), "");
  });

  if (report.prevention.length > 0) {
    out.push(`## ${h.prevention}`, "");
    for (const p of report.prevention) out.push(`- ${oneLine(p)}`);
    out.push("");
  }

  if (report.tools.length > 0) {
    out.push(`## ${h.tools}`, "");
    for (const tool of report.tools) out.push(`- ${oneLine(tool)}`);
    out.push("");
  }

  // No trailing newline: the report schema trims strings, and the stored Markdown must equal this output.
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** A report title as plain text (page heading, lists, link previews): inline-code backticks dropped. */
export function plainTitle(title: string): string {
  return title.replace(/`([^`\n]*)`/g, "$1").replace(/\s+/g, " ").trim();
}
