import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2769-no-overload",
  category: "code.type",
  match: [/\bTS2769:\s{0,3}No overload matches this call/],
  title: t("调用与函数的任何一个重载签名都不匹配", "The call matches none of the function's overloads"),
  summary: t(
    "这个函数有多个重载签名，TypeScript 逐个尝试后都失败了。下面缩进的 Overload 1 of N、Overload 2 of N 分别给出每个重载失败的原因，通常最后一个重载的说明最接近你的本意。",
    "The function has several overload signatures and TypeScript tried each one without success. The indented \"Overload 1 of N\", \"Overload 2 of N\" lines give each failure; the last overload's explanation is usually closest to what you meant.",
  ),
  causes: [
    t("某个参数的类型与所有重载都不符（常见于事件处理函数、回调参数、React 组件 props）", "one argument fits no overload (common with event handlers, callbacks and React component props)"),
    t("库升级后重载签名变化，旧的调用方式不再被接受", "a library upgrade changed the overloads, so the old call shape is no longer accepted"),
  ],
  solutions: [
    {
      title: t("按最接近的那个重载修正参数", "Fix the arguments against the closest overload"),
      steps: [t("阅读每个 Overload i of N 下的说明，挑出你想调用的那个，按它指出的参数位置和类型修正；必要时给回调参数写上明确的类型注解。", "Read the note under each \"Overload i of N\", pick the one you intend, and fix the argument it points to; annotate callback parameters explicitly when needed.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/App.tsx(21,9): error TS2769: No overload matches this call.\n  Overload 1 of 2, '(props: ButtonProps): Element', gave the following error.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
