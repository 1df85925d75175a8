import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts5097-ts-extension-import",
  category: "build.compile",
  match: [/\bTS5097:\s{0,3}An import path can only end with a '\.tsx?' extension when 'allowImportingTsExtensions' is enabled/],
  title: t("导入路径以 .ts 结尾，但没有开启 allowImportingTsExtensions", "An import path ends in .ts without allowImportingTsExtensions"),
  summary: t("TypeScript 默认要求导入写运行时的文件名（.js 或省略扩展名），因为编译后 .ts 文件并不存在。只有在不输出 JS（noEmit，或由打包工具/Deno/Bun/Node 类型剥离直接运行 .ts）时，才可以开启 allowImportingTsExtensions 写 .ts 扩展名。", "TypeScript normally wants imports to name the run-time file (.js, or no extension), because the .ts file does not exist after compilation. Only when nothing is emitted (noEmit, or a bundler, Deno, Bun or Node's type stripping runs the .ts directly) can allowImportingTsExtensions allow .ts extensions."),
  causes: [t("代码按 Deno/Bun/Node 类型剥离的习惯写了 ./x.ts，而 tsconfig 没有相应配置", "the code writes ./x.ts, Deno/Bun/Node type-stripping style, without the matching tsconfig settings")],
  solutions: [
    { title: t("二选一：改成 .js，或开启 allowImportingTsExtensions", "Either write .js, or enable allowImportingTsExtensions"), steps: [t("由 tsc 编译输出 JS 的项目把导入改为 .js；直接运行 .ts 的项目在 tsconfig 中同时设置 \"noEmit\": true（或 emitDeclarationOnly）与 \"allowImportingTsExtensions\": true。", "Projects that emit JS with tsc should import .js; projects that run .ts directly set both \"noEmit\": true (or emitDeclarationOnly) and \"allowImportingTsExtensions\": true in tsconfig.")] },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/index.ts(1,22): error TS5097: An import path can only end with a '.ts' extension when 'allowImportingTsExtensions' is enabled.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
