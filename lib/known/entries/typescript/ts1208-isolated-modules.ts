import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts1208-isolated-modules",
  category: "build.compile",
  match: [/\bTS1208:\s{0,3}'(?<file>[^'\n]{1,200})' cannot be compiled under '--isolatedModules' because it is considered a global script file/],
  title: (c) => t(`${ic(c.g.file ?? "")} 在 isolatedModules 下被当成了全局脚本`, `${ic(c.g.file ?? "")} is a global script under isolatedModules`),
  summary: t("isolatedModules（Next.js、Vite、Babel、esbuild 项目默认开启）要求每个文件都能单独编译，所以每个文件都必须是模块；没有任何 import/export 的文件会被当作全局脚本而报错。", "isolatedModules (on by default in Next.js, Vite, Babel and esbuild projects) requires every file to compile on its own, so every file must be a module; a file with no import or export is a global script and is rejected."),
  causes: [t("文件里没有 import 或 export（常见于新建的空文件、只放了类型或全局代码的文件）", "the file has no import or export (a fresh empty file, or one holding only global code or types)")],
  solutions: [
    {
      title: t("加一个 import/export，或写 export {}", "Add an import or export, or write export {}"),
      steps: [t("在文件里加上实际的导出；暂时没有可导出的内容时，在末尾写一行 export {}。", "Export something real from the file; if it has nothing to export yet, add export {} at the end.")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "Type error: 'index.ts' cannot be compiled under '--isolatedModules' because it is considered a global script file. Add an import, export, or an empty 'export {}' statement to make it a module.\n\nerror TS1208: 'index.ts' cannot be compiled under '--isolatedModules' because it is considered a global script file.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
