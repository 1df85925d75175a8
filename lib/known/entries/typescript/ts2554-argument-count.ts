import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2554-argument-count",
  category: "code.type",
  match: [/\bTS2554:\s{0,3}Expected (?<want>[\d-]{1,7}) arguments?, but got (?<got>\d{1,3})/],
  title: (c) => t(`需要 ${ic(c.g.want ?? "")} 个参数，实际传了 ${ic(c.g.got ?? "")} 个`, `Expected ${ic(c.g.want ?? "")} arguments, got ${ic(c.g.got ?? "")}`),
  summary: t("调用时传入的参数个数与函数签名不符。最常见的原因是函数签名改了（自己改的或库升级改的），而调用处没有跟着改。", "The number of arguments does not match the function's signature, most often because the signature changed (your own change or a library upgrade) and the call sites did not follow."),
  causes: [t("函数新增或删除了参数，调用处没有同步", "the function gained or lost a parameter and this call was not updated"), t("本应可选的参数没有标记 ? 或默认值", "a parameter that should be optional lacks ? or a default value")],
  solutions: [
    {
      title: t("让调用与签名一致", "Make the call match the signature"),
      steps: [t("跳到函数定义查看参数列表：补上缺的参数或删掉多余的；如果某个参数本该可选，在定义处加 ? 或默认值。", "Go to the function's definition: add the missing arguments or drop extra ones; if a parameter should be optional, give it ? or a default there.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/api.ts(42,5): error TS2554: Expected 2 arguments, but got 1.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
