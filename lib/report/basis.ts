import type { Lang } from "./types";
import type { KnownErrorRef, ReportBasis } from "./schema";

/** What a report rests on, in words, for the page and for report.md. */
export function basisText(basis: ReportBasis, knownError: KnownErrorRef | null, lang: Lang): string {
  const zh = lang === "zh";
  switch (basis) {
    case "known_error":
      return zh
        ? `依据：已知错误 ${knownError ? `\`${knownError.id}\`` : ""}，原因和修复来自下列官方文档或维护者的回答。`.replace(" ，", "，")
        : `Basis: a known error${knownError ? ` (\`${knownError.id}\`)` : ""}; the cause and fix come from the official pages or maintainers' answers below.`;
    case "message_fix":
      return zh ? "依据：报错信息自己给出了修复方法，方案一就是它。" : "Basis: the message prints its own fix; solution 1 is that fix.";
    case "category":
      return zh ? "依据：只识别出错误的类别，没有匹配到具体的已知错误；原因是按顺序排查的清单。" : "Basis: only the category is known, not a specific known error; the causes are a checklist to work through in order.";
    case "unknown":
      return zh ? "依据：errdoc 没有认出这个错误；下面翻译了关键行，并给出该技术栈的通用排查步骤。" : "Basis: errdoc did not recognise this error; below are the key line, translated, and general triage for its stack.";
  }
}

export function sourcesLabel(lang: Lang): string {
  return lang === "zh" ? "来源" : "Sources";
}
