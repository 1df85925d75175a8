import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts1378-top-level-await",
  category: "build.compile",
  match: [/\bTS1378:\s{0,3}Top-level 'await' expressions are only allowed when the 'module' option is set to/],
  title: t("当前 module/target 设置不允许顶层 await", "The module/target settings do not allow top-level await"),
  summary: t("顶层 await 只在输出 ES 模块格式（module 为 es2022、esnext、node16/nodenext 等）且 target 不低于 es2017 时可用；tsconfig 里的 module 或 target 太旧（例如 commonjs）。", "Top-level await only works when emitting an ES module format (module es2022, esnext, node16/nodenext…) with target es2017 or later; tsconfig's module or target is too old (commonjs, for example)."),
  causes: [t("tsconfig 的 module 是 commonjs，或 target 低于 es2017", "tsconfig's module is commonjs, or target is below es2017")],
  solutions: [
    {
      title: t("改用支持顶层 await 的 module 与 target", "Use a module and target that support top-level await"),
      steps: [t("Node.js ESM 项目用 nodenext；打包工具项目用 esnext + bundler。若必须输出 CommonJS，就把代码包进 async 函数。", "Use nodenext for Node.js ESM projects, esnext with bundler resolution for bundled apps; if you must emit CommonJS, wrap the code in an async function.")],
      code: () => block("json", ["{", '  "compilerOptions": {', '    "module": "nodenext",', '    "target": "es2022"', "  }", "}"]),
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/index.ts(3,14): error TS1378: Top-level 'await' expressions are only allowed when the 'module' option is set to 'es2022', 'esnext', 'system', 'node16', 'node18', 'nodenext', or 'preserve', and the 'target' option is set to 'es2017' or higher.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
