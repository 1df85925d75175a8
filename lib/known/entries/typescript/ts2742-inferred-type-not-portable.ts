import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2742-inferred-type-not-portable",
  category: "build.compile",
  match: [/\bTS2742:\s{0,3}The inferred type of '(?<name>[^'\n]{1,100})' cannot be named without a reference to '(?<ref>[^'\n]{1,300})'/],
  title: (c) => t(`生成声明文件时无法为 ${ic(c.g.name ?? "")} 写出类型`, `The declaration emit cannot name the type of ${ic(c.g.name ?? "")}`),
  summary: t("开启 declaration 时，TypeScript 要把导出值推断出的类型写进 .d.ts；这个类型来自一个只能通过深层路径（常见于 pnpm 的 node_modules/.pnpm/...）访问的包，没有可移植的导入路径可写。", "With declaration on, TypeScript must write each export's inferred type into the .d.ts; this type comes from a package reachable only through a deep path (often pnpm's node_modules/.pnpm/...), so there is no portable import path to write."),
  causes: [t("导出的值类型来自一个没有被本包直接依赖的间接依赖（pnpm 的严格 node_modules 下常见）", "the exported value's type comes from a transitive dependency this package does not depend on directly (common under pnpm's strict node_modules)")],
  solutions: [
    { title: t("给导出写上显式类型注解", "Annotate the export explicitly"), steps: [t("按报错建议为这个导出写类型注解（从该库导入对应类型）；或者把提供该类型的包加为直接依赖。", "As the message suggests, annotate the export (import the type from the library); or add the package that provides the type as a direct dependency.")] },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/store.ts(5,14): error TS2742: The inferred type of 'useStore' cannot be named without a reference to '.pnpm/zustand@4.5.2/node_modules/zustand'. This is likely not portable. A type annotation is necessary.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
