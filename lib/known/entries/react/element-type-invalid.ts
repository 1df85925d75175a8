import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "react.element-type-invalid",
  category: "code.type",
  match: [/Element type is invalid: expected a string \(for built-in components\) or a class\/function \(for composite components\) but got: (?<got>[\w ]{1,40})/, /Minified React error #130\b/],
  title: (c) => t(`要渲染的组件实际上是 ${ic(c.g.got ?? "")}，不是组件`, `The component being rendered is actually ${ic(c.g.got ?? "")}, not a component`),
  summary: t("JSX 里使用的组件变量在运行时不是函数或类。几乎总是导入写错了：默认导出与命名导出混用，组件文件忘了导出，或导入路径指向了错误的文件（React 的错误信息本身也这样提示）。", "The component used in JSX is not a function or class at run time. It is almost always an import mistake: default and named exports mixed up, the component file forgot to export it, or the import path points at the wrong file (as React's own message suggests)."),
  causes: [t("import X from 与 import { X } from 用错（默认导出 vs 命名导出）", "import X from and import { X } from are mixed up (default vs named export)"), t("组件文件没有导出该组件，或导出名拼错", "the component file does not export it, or the export name is misspelled"), t("循环导入导致模块加载时该组件还未定义", "a circular import leaves the component unset when the module loads")],
  solutions: [{ title: t("核对导入与导出是否对应", "Match the import to the export"), steps: [t("打开组件所在文件，看它是 export default 还是 export function X；默认导出用 import X from，命名导出用 import { X } from。按报错末尾 Check the render method of … 找到出问题的父组件。", "Open the component's file: export default needs import X from, export function X needs import { X } from. \"Check the render method of …\" at the end of the message names the parent to look at.")] }],
  docs: ["https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json"],
  samples: [{ text: "Error: Element type is invalid: expected a string (for built-in components) or a class/function (for composite components) but got: object. You likely forgot to export your component from the file it's defined in, or you might have mixed up default and named imports.\n\nCheck the render method of `App`.", source: "https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json" }],
});
