import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2367-no-overlap",
  category: "code.type",
  match: [/\bTS2367:\s{0,3}This (?:comparison|condition) appears to be unintentional because the types '(?<a>[^'\n]{1,200})' and '(?<b>[^'\n]{1,200})' have no overlap/],
  title: (c) => t(`比较的两边类型 ${ic(c.g.a ?? "")} 与 ${ic(c.g.b ?? "")} 没有交集`, `The compared types ${ic(c.g.a ?? "")} and ${ic(c.g.b ?? "")} have no overlap`),
  summary: t("TypeScript 判断这个 === / !== 比较永远不会成立：两边的类型没有任何共同的值。常见于拼错的字符串字面量、已经在前面被收窄掉的分支、或把数字与字符串直接比较。", "TypeScript proved this ===/!== comparison can never be true: the two types share no value. Typical causes are a misspelled string literal, a branch already narrowed away earlier, or comparing a number with a string."),
  causes: [t("字面量拼写与类型定义不一致（如 'sucess' 与 'success'）", "a literal is misspelled against the type ('sucess' vs 'success')"), t("值已在前面的判断中被收窄，这个分支不可能出现", "the value was already narrowed earlier, so this branch cannot happen"), t("数字和字符串（如 URL 参数）直接比较，需要先转换", "a number is compared with a string (a URL parameter, say) without converting it")],
  solutions: [{ title: t("修正字面量或先转换类型", "Fix the literal, or convert before comparing"), steps: [t("对照类型定义修正字面量；比较前用 Number()/String() 转换；如果分支确实不可能出现就删除它。", "Fix the literal against the type definition; convert with Number()/String() before comparing; delete the branch if it really cannot happen.")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/status.ts(8,7): error TS2367: This comparison appears to be unintentional because the types '\"idle\" | \"loading\"' and '\"done\"' have no overlap.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
