import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2688-type-definition-file",
  category: "dependency.missing",
  match: [/\bTS2688:\s{0,3}Cannot find type definition file for '(?<name>[^'\n]{1,100})'/],
  title: (c) => t(`找不到类型定义 ${ic(c.g.name ?? "")}`, `Cannot find the type definition file for ${ic(c.g.name ?? "")}`),
  summary: (c) =>
    t(
      `tsconfig 的 types 列表（或 /// <reference types>）点名要加载 ${ic(c.g.name ?? "")} 的类型，但 node_modules/@types 里没有它。`,
      `tsconfig's types list (or a /// <reference types>) names ${ic(c.g.name ?? "")}, but node_modules/@types does not contain it.`,
    ),
  causes: [t("对应的 @types 包没有安装（或被当成 devDependency 在生产安装里跳过了）", "the matching @types package is not installed (or was skipped as a devDependency in a production install)"), t("某个依赖在 @types 目录里留下了不完整的空目录", "a dependency left an incomplete folder in node_modules/@types")],
  solutions: [
    {
      title: (c) => t(`安装 ${ic(`@types/${c.g.name ?? ""}`)}，或从 types 列表删掉它`, `Install ${ic(`@types/${c.g.name ?? ""}`)}, or remove it from the types list`),
      steps: [t("需要这些全局类型就安装它；不需要就从 compilerOptions.types 里移除这个名字。", "Install it if you need those globals; otherwise remove the name from compilerOptions.types.")],
      code: (c) => (c.g.name && /^[\w.-]{1,100}$/.test(c.g.name) ? block("bash", [`npm install --save-dev @types/${c.g.name}`]) : null),
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "error TS2688: Cannot find type definition file for 'node'.\n  The file is in the program because:\n    Entry point of type library 'node' specified in compilerOptions", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
