import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "javascript.not-defined",
  category: "code.name",
  // "require is not defined in ES module scope" has its own entry.
  match: [/ReferenceError: (?<name>[\w$]{1,100}) is not defined(?! in ES module scope)/],
  priority: -1,
  title: (c) => t(`变量 ${c.g.name ?? ""} 未定义`, `${c.g.name ?? "A variable"} is not defined`),
  summary: (c) =>
    t(
      `代码引用了名字 ${c.g.name ?? "（该变量）"}，但在当前作用域里找不到它：它从未声明、拼写不同、声明在别的函数或块里，或者是一个还没加载的库提供的全局变量。`,
      `The code refers to ${c.g.name ?? "a name"}, but it does not exist in the current scope: it was never declared, is spelled differently, is declared inside another function or block, or is a global from a library that was not loaded yet.`,
    ),
  causes: [
    (c) =>
      c.g.name && /^(?:\$|jQuery|_)$/.test(c.g.name)
        ? t(`${c.g.name} 来自一个库：使用它的脚本在库的 <script> 之前执行了，或者库根本没加载`, `${c.g.name} comes from a library: the script using it ran before the library's <script>, or the library never loaded`)
        : null,
    t("变量从未声明，或拼写/大小写与声明处不同", "the variable was never declared, or its spelling/case differs from the declaration"),
    t("变量声明在另一个函数或代码块里（let/const 是块级作用域），在外面访问不到", "it is declared inside another function or block (let/const are block-scoped) and is not visible here"),
    t("忘了 import / require 这个名字", "the name was never imported / required"),
  ],
  solutions: [
    {
      title: (c) => t(`在使用前声明或导入 ${c.g.name ?? "这个名字"}`, `Declare or import ${c.g.name ?? "the name"} before using it`),
      steps: [
        t("找到这个名字应该来自哪里：本文件的声明、另一个模块的导出，还是某个库的全局变量；然后声明、导入它，或调整 <script> 的加载顺序。", "Work out where the name should come from — a declaration in this file, another module's export, or a library global — then declare it, import it, or fix the <script> order."),
      ],
      code: () => block("javascript", ["function numbers() {", "  const num1 = 2;", "  return num1 + 3;", "}", "console.log(numbers()); // num1 itself is only visible inside numbers()"]),
    },
    {
      title: t("库提供的全局变量：先加载库，再运行用它的代码", "A library global: load the library before the code that uses it"),
      steps: [t("把加载库的 <script> 放在使用它的代码之前；用打包工具时改为 import 这个库。", "Put the library's <script> before the code that uses it; with a bundler, import the library instead.")],
    },
  ],
  docs: ["https://developer.mozilla.org/zh-CN/docs/Web/JavaScript/Reference/Errors/Not_defined", "https://developer.mozilla.org/en/Core_JavaScript_1.5_Reference/Global_Objects/ReferenceError"],
  samples: [{ text: "ReferenceError: foo is not defined", source: "https://developer.mozilla.org/zh-CN/docs/Web/JavaScript/Reference/Errors/Not_defined" }],
});
