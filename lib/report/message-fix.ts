/**
 * Solution 1 when the message prints its own fix: say exactly that, quote it verbatim, translate
 * it, and show a printed command as code.
 */
import { inline, ic } from "./code/util";
import type { PrintedFix } from "./evidence";
import type { Solution } from "./schema";
import { isInLanguage, translateLine } from "./translate";
import type { L, Lang } from "./types";

function oneLine(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function titleOf(fix: PrintedFix): L {
  const token = ic(inline(fix.token, 100));
  switch (fix.kind) {
    case "did_you_mean":
      return { zh: `改成报错建议的 ${token}`, en: `Use ${token}, as the message suggests` };
    case "run":
      return { zh: `运行报错给出的命令 ${token}`, en: `Run the command the message gives: ${token}` };
    case "use_instead":
      return { zh: `按报错提示改用 ${token}`, en: `Use ${token} instead, as the message says` };
    case "allowed_values":
      return { zh: "改用报错列出的允许值", en: "Use one of the values the message allows" };
    case "retry_with":
      return { zh: `按报错提示加上 ${inline(fix.token, 100)} 重试`, en: `Retry with ${inline(fix.token, 100)}, as the message suggests` };
    case "consider":
      return { zh: `按报错的建议：${token}`, en: `Do what the message suggests: ${token}` };
    case "hint":
      return { zh: "按报错给出的提示修改", en: "Follow the hint the message prints" };
  }
}

/** The short title of the fix, for the report's title. */
export function messageFixTitle(fix: PrintedFix, lang: Lang): string {
  return titleOf(fix)[lang];
}

export function messageFixSolution(fix: PrintedFix, lang: Lang): Solution {
  const steps: string[] = [];
  // The message's own words, verbatim (backticks included): only made one line and bounded.
  const quoted = oneLine(fix.text, 300);
  if (lang === "zh") {
    steps.push(`报错原文给出了修复方法：“${quoted}”`);
    if (!isInLanguage(fix.text, "zh")) {
      const t = translateLine(fix.text, "zh");
      if (t.isChanged) steps.push(`意思是：${inline(t.text, 300)}${t.isComplete ? "" : "（个别术语保留原文）"}`);
    }
  } else {
    steps.push(`The message prints its own fix: “${quoted}”`);
    if (!isInLanguage(fix.text, "en")) {
      const t = translateLine(fix.text, "en");
      if (t.isChanged) steps.push(`In English: ${inline(t.text, 300)}${t.isComplete ? "" : " (some terms left as in the original)"}`);
    }
  }
  if (fix.kind === "allowed_values") {
    steps.push(lang === "zh" ? `把出错的参数改成其中之一：${oneLine(fix.token, 300)}` : `Set the rejected parameter to one of: ${oneLine(fix.token, 300)}`);
  }
  if (fix.command) {
    steps.push(lang === "zh" ? "在出错的项目目录里运行它，然后重试原来的操作。" : "Run it in the project where the error happened, then retry what you were doing.");
  }
  const solution: Solution = { title: messageFixTitle(fix, lang), steps };
  if (fix.command) solution.code = { language: "bash", content: fix.command };
  return solution;
}

/** Whether a solution already says what the printed fix says (then it need not be added again). */
export function carriesFix(solution: Solution | undefined, fix: PrintedFix): boolean {
  if (!solution) return false;
  const all = [solution.title, ...solution.steps, solution.code?.content ?? ""].join("\n");
  if (fix.command) return all.includes(fix.command);
  // A short token ("float", "lib") appears in unrelated prose; only a specific one shows the fix is there.
  return fix.token.length >= 8 && all.includes(fix.token);
}
