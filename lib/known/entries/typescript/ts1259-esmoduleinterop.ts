import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts1259-esmoduleinterop",
  category: "build.compile",
  match: [/\bTS1259:\s{0,3}Module '"?(?<mod>[^'"\n]{1,200})"?' can only be default-imported using the '(?<flag>esModuleInterop|allowSyntheticDefaultImports)' flag/, /can only be default-imported using the '(?:esModuleInterop|allowSyntheticDefaultImports)' flag/],
  title: (c) => t(`${c.g.mod ? ic(c.g.mod) : "这个模块"} 只能在开启 esModuleInterop 时默认导入`, `${c.g.mod ? ic(c.g.mod) : "This module"} can only be default-imported with esModuleInterop`),
  summary: t(
    "这个模块的类型声明用的是 CommonJS 的 export =，没有真正的 default 导出。默认关闭 esModuleInterop 时，TypeScript 把 import x from 当作读取 require(...).default，于是不允许这种写法。",
    "The module's declarations use CommonJS export =, with no real default export. With esModuleInterop off (the default), TypeScript treats import x from as reading require(...).default, so it rejects the default import.",
  ),
  causes: [t("tsconfig 没有开启 esModuleInterop（它同时会开启 allowSyntheticDefaultImports）", "tsconfig does not enable esModuleInterop (which also enables allowSyntheticDefaultImports)")],
  solutions: [
    {
      title: t("在 tsconfig 里开启 esModuleInterop", "Enable esModuleInterop in tsconfig"),
      steps: [t("开启后 TypeScript 会生成兼容 CommonJS 的辅助代码，import express from \"express\" 这类写法即可通过。", "TypeScript then emits CommonJS interop helpers, and imports like import express from \"express\" compile.")],
      code: () => block("json", ["{", '  "compilerOptions": {', '    "esModuleInterop": true', "  }", "}"]),
    },
    {
      title: t("或者改用命名空间导入", "Or use a namespace import"),
      steps: [t("不改配置时，写成 import * as x from \"模块名\"（或 import x = require(\"模块名\")）。", "Without changing the config, write import * as x from \"module\" (or import x = require(\"module\")).")],
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript-Website/blob/v2/packages/tsconfig-reference/copy/en/options/esModuleInterop.md", "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "error TS1259: Module '\"path\"' can only be default-imported using the 'esModuleInterop' flag\nimport path from \"path\";\n\n node_modules/@types/node/path.d.ts:167:5\n export = path;", source: "https://www.cnblogs.com/xgqfrms/p/16109863.html" }],
});
